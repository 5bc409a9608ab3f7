import type { ReactNode } from 'react'
import type { MaturityProfile } from '@maillage/schema'
import { formatDay } from './formatDay.ts'
import { barShare, formatAverage, formatLevel } from './formatLevel.ts'
import { maturityTexts } from './texts.ts'

/** One submitted self-assessment in a CLPE's progression. */
export interface ProgressionStep {
  readonly campaignId: string
  readonly title: string
  readonly closesAt: string
  readonly profile: MaturityProfile
}

/**
 * How a CLPE's profile moved from one campaign to the next, oldest first: a table (campaigns in
 * rows, the mean of each theme and the overall level in columns) and, for the eye, each theme's
 * bars campaign after campaign (hidden from assistive technologies: the table says the same).
 */
export function ProgressionView(props: { steps: readonly ProgressionStep[] }): ReactNode {
  const steps = [...props.steps].sort((a, b) => a.closesAt.localeCompare(b.closesAt))
  const themes = steps[0]?.profile.themes ?? []
  if (steps.length === 0) return <p>{maturityTexts.progressionNone}</p>
  return (
    <div className="progression-maturite">
      <div className="graphique-progression" aria-hidden="true">
        {themes.map((theme) => (
          <div key={theme.themeId} className="groupe-progression">
            <p className="libelle-groupe">{theme.label}</p>
            {steps.map((step, index) => {
              const average =
                step.profile.themes.find((other) => other.themeId === theme.themeId)?.average ??
                null
              return (
                <div key={step.campaignId} className="barre-theme">
                  <span className="libelle-barre">{step.title}</span>
                  <span className="piste-barre">
                    <span
                      className={`remplissage-barre campagne-${index % 4}`}
                      style={{ width: `${barShare(average) * 100}%` }}
                    />
                  </span>
                  <span className="valeur-barre">{formatAverage(average)}</span>
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <div className="defilement-tableau">
        <table className="tableau-mesures">
          <caption>{maturityTexts.progressionCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{maturityTexts.campaignCol}</th>
              <th scope="col">{maturityTexts.closesCol}</th>
              {themes.map((theme) => (
                <th key={theme.themeId} scope="col">
                  {theme.label}
                </th>
              ))}
              <th scope="col">{maturityTexts.overall}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.campaignId}>
                <th scope="row">{step.title}</th>
                <td>{formatDay(step.closesAt)}</td>
                {themes.map((theme) => (
                  <td key={theme.themeId}>
                    {formatAverage(
                      step.profile.themes.find((other) => other.themeId === theme.themeId)
                        ?.average ?? null,
                    )}
                  </td>
                ))}
                <td>{formatLevel(step.profile.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
