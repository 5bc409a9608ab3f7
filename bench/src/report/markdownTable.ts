/** Alignment of a table column. */
export type ColumnAlign = 'left' | 'right'

/**
 * A GitHub markdown table laid out the way Prettier formats it (cells padded to the column's
 * width, numbers right-aligned), so generated reports pass `prettier --check` unchanged.
 */
export function formatMarkdownTable(
  header: readonly string[],
  align: readonly ColumnAlign[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]): string =>
    `| ${widths
      .map((width, column) => {
        const cell = cells[column] ?? ''
        return align[column] === 'right' ? cell.padStart(width) : cell.padEnd(width)
      })
      .join(' | ')} |`
  const rule = `| ${widths
    .map((width, column) =>
      align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
    )
    .join(' | ')} |`
  return [line(header), rule, ...rows.map(line)].join('\n')
}
