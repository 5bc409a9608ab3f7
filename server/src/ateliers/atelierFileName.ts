/** Longest name of an atelier's file, before its extension, in characters. */
const MAX_FILE_NAME_LENGTH = 60

// Letters NFD does not split into a base letter and an accent.
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' }

/**
 * The name of an atelier's `.ics` file, without its extension: `atelier-` and its title in
 * lowercase ASCII, accents dropped and anything but letters and digits turned into hyphens
 * (« Mobilité des jeunes » → `atelier-mobilite-des-jeunes`), cut at a hyphen to at most
 * {@link MAX_FILE_NAME_LENGTH} characters. Every mail client and file system keeps such a name.
 */
export function atelierFileName(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[œæß]/gu, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  const name = words === '' ? 'atelier' : `atelier-${words}`
  if (name.length <= MAX_FILE_NAME_LENGTH) return name
  const cut = name.slice(0, MAX_FILE_NAME_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : name.slice(0, MAX_FILE_NAME_LENGTH)
}
