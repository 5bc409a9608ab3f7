/**
 * Text as compared by the search of the catalogue: lower-cased, accents removed (`Mobilité` and
 * `mobilite` match), spaces collapsed.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
