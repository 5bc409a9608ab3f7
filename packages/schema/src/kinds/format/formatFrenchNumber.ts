const grouped = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 })
const ungrouped = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false })

/**
 * A number written the French way: decimal comma, at most 2 decimals, thousands separated by a
 * narrow no-break space unless `grouping` is false (for spreadsheets: « 1234,5 »).
 */
export function formatFrenchNumber(value: number, grouping = true): string {
  return (grouping ? grouped : ungrouped).format(value)
}
