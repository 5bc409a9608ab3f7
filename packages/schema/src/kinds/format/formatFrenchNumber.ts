// Built at the first number written: a formatter reads ICU's locale data, which a process that
// never writes one need not hold.
let grouped: Intl.NumberFormat | undefined
let ungrouped: Intl.NumberFormat | undefined

/**
 * A number written the French way: decimal comma, at most 2 decimals, thousands separated by a
 * narrow no-break space unless `grouping` is false (for spreadsheets: « 1234,5 »).
 */
export function formatFrenchNumber(value: number, grouping = true): string {
  const format = grouping
    ? (grouped ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }))
    : (ungrouped ??= new Intl.NumberFormat('fr-FR', {
        maximumFractionDigits: 2,
        useGrouping: false,
      }))
  return format.format(value)
}
