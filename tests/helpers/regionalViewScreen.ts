import type { Locator, Page } from 'playwright-core'

/** The column headers of the regional table, word for word, in their order. */
export const RegionalColumn = {
  Name: 'CLPE',
  Departement: 'Département',
  Actions: 'Actions',
  EnCours: 'En cours',
  Terminees: 'Terminées',
  Stale: 'À actualiser',
  Publics: 'Publics principaux',
  Quantified: 'Part avec indicateurs d’impact',
  Quality: 'Qualité moyenne',
  Maturity: 'Niveau de maturité',
  Supra: 'Sujets supra-territoriaux',
} as const
export type RegionalColumn = (typeof RegionalColumn)[keyof typeof RegionalColumn]

const COLUMN_ORDER: readonly RegionalColumn[] = Object.values(RegionalColumn)

/**
 * The parts of the page « Pilotage régional » (`/pilotage`) the tests use, found by role, label
 * and text as a person or a screen reader would.
 */
export interface RegionalViewScreen {
  readonly page: Page
  /** The table of the CLPE (named by its caption). */
  readonly table: Locator
  /** Its body rows, one per CLPE shown. */
  readonly rows: Locator
  /** The header cell of `column` (it carries `aria-sort` once sorted by it). */
  header(column: RegionalColumn): Locator
  /** Presses the sort button of `column` (every column but « Publics principaux » has one). */
  sortBy(column: RegionalColumn): Promise<void>
  /** The CLPE names in the order the table shows them. */
  names(): Promise<string[]>
  /** The text of the cell of `column` in the row of the CLPE named `name`. */
  cell(name: string, column: RegionalColumn): Locator
  /** Chooses `option` (its label) in the filter labelled `label`. */
  filter(label: string, option: string): Promise<void>
  /** The table under the bar chart whose table is captioned `caption`, and the chart's bars. */
  chart(caption: string): { table: Locator; bars: Locator }
  /** How many pixels the page or the table of the CLPE overflow sideways (0 or less: none). */
  overflowWidth(): Promise<number>
}

// Run in the page: how many pixels the page is wider than the window (0 when it fits).
const PAGE_OVERFLOW_SCRIPT =
  'document.documentElement.scrollWidth - document.documentElement.clientWidth'

/** Finds the parts of the regional view shown by `page`. */
export function regionalViewScreen(page: Page): RegionalViewScreen {
  const table = page.getByRole('table', { name: /cliquez un en-tête de colonne pour trier/ })
  const rows = table.locator('tbody tr')
  const header = (column: RegionalColumn) =>
    table.getByRole('columnheader', { name: column, exact: true })
  return {
    page,
    table,
    rows,
    header,
    sortBy: async (column) => {
      await header(column).getByRole('button').click()
    },
    names: () => rows.getByRole('rowheader').allTextContents(),
    cell: (name, column) => {
      const row = rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) })
      const index = COLUMN_ORDER.indexOf(column)
      return index === 0 ? row.getByRole('rowheader') : row.getByRole('cell').nth(index - 1)
    },
    filter: async (label, option) => {
      await page.getByLabel(label, { exact: true }).selectOption({ label: option })
    },
    chart: (caption) => {
      const chartTable = page.getByRole('table', { name: caption, exact: true })
      const section = page.locator('section', { has: chartTable })
      return { table: chartTable, bars: section.locator('.graphique-barres') }
    },
    overflowWidth: async () => {
      const [pageOverflow, scrolling, inner] = await Promise.all([
        page.evaluate<number>(PAGE_OVERFLOW_SCRIPT),
        page.locator('.defilement-tableau').boundingBox(),
        table.boundingBox(),
      ])
      if (scrolling === null || inner === null) throw new Error('the table of the CLPE is hidden')
      return Math.max(pageOverflow, inner.width - scrolling.width)
    },
  }
}

/** Opens `/pilotage` and resolves once the table of the CLPE shows. */
export async function openRegionalView(page: Page): Promise<RegionalViewScreen> {
  await page.goto('/pilotage')
  const screen = regionalViewScreen(page)
  await screen.table.waitFor()
  return screen
}
