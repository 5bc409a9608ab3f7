import { MATURITY_GRID } from '@maillage/schema'

/** A theme of the maturity grid with the letter that stands for it in the regional table. */
export interface MaturityThemeCode {
  readonly themeId: string
  readonly code: string
  readonly label: string
}

/**
 * The themes of the national grid, each with the first letter of its name (D, S, P, M), so that
 * a CLPE's levels per theme fit in one line of the regional table under a legend.
 */
export const MATURITY_THEME_CODES: readonly MaturityThemeCode[] = MATURITY_GRID.map((theme) => ({
  themeId: theme.id,
  code: theme.label.charAt(0).toUpperCase(),
  label: theme.label,
}))

/** The letter of the theme `themeId`, or its whole label when the grid does not know it. */
export function maturityThemeCodeOf(themeId: string, label: string): string {
  return MATURITY_THEME_CODES.find((theme) => theme.themeId === themeId)?.code ?? label
}
