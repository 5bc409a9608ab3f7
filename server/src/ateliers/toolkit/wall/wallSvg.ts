import type { WallExportColumn, WallExportNote } from './wallExportRows.ts'

const COLUMN_WIDTH = 260
const GAP = 20
const NOTE_PADDING = 10
const LINE_HEIGHT = 18
/** Characters per line of a note at 14 px in a 240 px wide note (a sans-serif average). */
const LINE_CHARACTERS = 30
const MAX_LINES = 12
const TITLE_HEIGHT = 48
const HEADING_HEIGHT = 36

/** `value` safe inside SVG text and attributes. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Cuts `text` into lines of at most `width` characters, at spaces, long words cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      let rest = word
      while (rest.length > width) {
        if (line !== '') lines.push(line)
        lines.push(rest.slice(0, width))
        line = ''
        rest = rest.slice(width)
      }
      if (line === '') line = rest
      else if (line.length + 1 + rest.length <= width) line = `${line} ${rest}`
      else {
        lines.push(line)
        line = rest
      }
    }
    lines.push(line)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').slice(0, width - 1)}…`
  return kept
}

function votesLabel(votes: number): string {
  return votes >= 2 ? `${votes} votes` : `${votes} vote`
}

/** One note: its lines of text, then author and votes, on a yellow (hidden: grey) square. */
function noteSvg(note: WallExportNote, x: number, y: number): { svg: string; height: number } {
  const lines = wrapText(note.text, LINE_CHARACTERS, MAX_LINES)
  const footer = [note.author, votesLabel(note.votes), note.hidden ? 'masquée' : '']
    .filter((part) => part !== '')
    .join(' · ')
  const height = NOTE_PADDING * 2 + (lines.length + 1) * LINE_HEIGHT + 4
  const fill = note.hidden ? '#e0e0e0' : '#fff3a8'
  const text = lines
    .map(
      (line, index) =>
        `<text x="${x + NOTE_PADDING}" y="${y + NOTE_PADDING + (index + 1) * LINE_HEIGHT - 4}" font-size="14">${escapeXml(line)}</text>`,
    )
    .join('')
  const footerY = y + NOTE_PADDING + (lines.length + 1) * LINE_HEIGHT
  return {
    svg:
      `<rect x="${x}" y="${y}" width="${COLUMN_WIDTH}" height="${height}" rx="4" fill="${fill}" stroke="#c9b458"/>` +
      text +
      `<text x="${x + NOTE_PADDING}" y="${footerY}" font-size="12" fill="#444">${escapeXml(footer)}</text>`,
    height,
  }
}

/**
 * The wall as an SVG image: `title` on top, then one column per group (its label and its notes
 * most voted first, as {@link WallExportColumn}s give them), each note its text wrapped, its
 * author and its votes. Every text is escaped.
 */
export function formatWallSvg(title: string, columns: readonly WallExportColumn[]): string {
  const parts: string[] = []
  let bottom = TITLE_HEIGHT + HEADING_HEIGHT
  columns.forEach((column, index) => {
    const x = GAP + index * (COLUMN_WIDTH + GAP)
    parts.push(
      `<text x="${x}" y="${TITLE_HEIGHT + 24}" font-size="16" font-weight="bold">${escapeXml(`${column.label} (${column.notes.length})`)}</text>`,
    )
    let y = TITLE_HEIGHT + HEADING_HEIGHT
    for (const note of column.notes) {
      const drawn = noteSvg(note, x, y)
      parts.push(drawn.svg)
      y += drawn.height + GAP / 2
    }
    bottom = Math.max(bottom, y)
  })
  const width = Math.max(COLUMN_WIDTH + 2 * GAP, GAP + columns.length * (COLUMN_WIDTH + GAP))
  const height = bottom + GAP
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Marianne, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${GAP}" y="32" font-size="20" font-weight="bold">${escapeXml(title)}</text>` +
    parts.join('') +
    `</svg>\n`
  )
}
