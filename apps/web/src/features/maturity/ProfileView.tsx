import type { ReactNode } from 'react'
import type { MaturityProfile } from '@maillage/schema'
import { barShare, formatAverage, formatLevel } from './formatLevel.ts'
import { maturityTexts } from './texts.ts'

/**
 * A maturity profile: the overall level, then per theme a bar chart (hidden from assistive
 * technologies) and the table it is drawn from, which everyone sees.
 */
export function ProfileView(props: { profile: MaturityProfile; caption: string }): ReactNode {
  const { profile, caption } = props
  return (
    <div className="profil-maturite">
      <p className="niveau-global">
        <strong>{maturityTexts.overall} :</strong>{' '}
        {profile.level === null ? maturityTexts.overallUnknown : formatLevel(profile.level)}
      </p>
      <div className="barres-themes" aria-hidden="true">
        {profile.themes.map((theme) => (
          <div key={theme.themeId} className="barre-theme">
            <span className="libelle-barre">{theme.label}</span>
            <span className="piste-barre">
              <span
                className="remplissage-barre"
                style={{ width: `${barShare(theme.average) * 100}%` }}
              />
            </span>
            <span className="valeur-barre">{formatAverage(theme.average)}</span>
          </div>
        ))}
      </div>
      <table className="tableau-mesures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{maturityTexts.themeCol}</th>
            <th scope="col">{maturityTexts.averageCol}</th>
            <th scope="col">{maturityTexts.levelCol}</th>
            <th scope="col">{maturityTexts.answeredCol}</th>
          </tr>
        </thead>
        <tbody>
          {profile.themes.map((theme) => (
            <tr key={theme.themeId}>
              <th scope="row">{theme.label}</th>
              <td>{formatAverage(theme.average)}</td>
              <td>{formatLevel(theme.level)}</td>
              <td>{maturityTexts.answered(theme.answered, theme.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
