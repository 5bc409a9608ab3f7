import type { ReactNode } from 'react'
import { MATURITY_LEVEL_LABELS, type MaturitySnapshot } from '@maillage/schema'
import { regionalTexts } from './regionalTexts.ts'

/**
 * A CLPE's latest submitted self-assessment in one cell of the regional table: its overall level
 * in words, then the level of each theme as text (« Socle commun : 3 / 4 »).
 */
export function RegionalMaturityCell(props: { maturity: MaturitySnapshot | null }): ReactNode {
  const { maturity } = props
  if (maturity === null) return <span className="aide">{regionalTexts.noMaturity}</span>
  const level = maturity.profile.level
  return (
    <div className="maturite-region">
      <strong>
        {level === null
          ? regionalTexts.maturityIncomplete
          : `${level} — ${MATURITY_LEVEL_LABELS[level]}`}
      </strong>
      <ul>
        {maturity.profile.themes.map((theme) => (
          <li key={theme.themeId}>{regionalTexts.themeLevel(theme.label, theme.level)}</li>
        ))}
      </ul>
    </div>
  )
}
