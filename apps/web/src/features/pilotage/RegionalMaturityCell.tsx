import type { ReactNode } from 'react'
import { MATURITY_LEVEL_LABELS, type MaturitySnapshot } from '@maillage/schema'
import { maturityThemeCodeOf } from './maturityThemeCodes.ts'
import { regionalTexts } from './regionalTexts.ts'

/**
 * A CLPE's latest submitted self-assessment in one cell of the regional table: its overall level
 * in words, then the level of each theme on one line by its letter (« D 3 · S 3 · P 2 · M 2 », as
 * the table's legend says), which assistive technologies read in full instead.
 */
export function RegionalMaturityCell(props: { maturity: MaturitySnapshot | null }): ReactNode {
  const { maturity } = props
  if (maturity === null) return <span className="aide">{regionalTexts.noMaturity}</span>
  const { level, themes } = maturity.profile
  return (
    <div className="maturite-region">
      <strong>
        {level === null
          ? regionalTexts.maturityIncomplete
          : `${level} — ${MATURITY_LEVEL_LABELS[level]}`}
      </strong>
      <span className="themes-maturite" aria-hidden="true">
        {themes
          .map(
            (theme) =>
              `${maturityThemeCodeOf(theme.themeId, theme.label)}\u00a0${theme.level ?? '–'}`,
          )
          .join(' · ')}
      </span>
      <ul className="visuellement-cache">
        {themes.map((theme) => (
          <li key={theme.themeId}>{regionalTexts.themeLevel(theme.label, theme.level)}</li>
        ))}
      </ul>
    </div>
  )
}
