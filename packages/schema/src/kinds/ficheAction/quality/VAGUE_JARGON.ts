import { normalizeText } from './textMeasures.ts'

/**
 * Vague words the national grid asks fiches to avoid, because they say nothing about what is done
 * (« synergie », « écosystème », « 360° »…). Matched without case or accents, plurals included.
 */
export const VAGUE_JARGON: readonly string[] = [
  'synergie',
  'écosystème',
  '360°',
  '360 degrés',
  'levier',
  'holistique',
  'transversalité',
  'disruptif',
  'booster',
  'dynamique partenariale',
  'mutualiser les énergies',
  'faire sens',
  'logique gagnant-gagnant',
]

const jargonPatterns = VAGUE_JARGON.map((term) => ({
  term,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeText(term))}(?:s|x)?(?![\\p{L}\\p{N}])`,
    'u',
  ),
}))

/** The terms of {@link VAGUE_JARGON} found in a text, in the list’s order. */
export function findJargon(text: string): readonly string[] {
  const normalized = normalizeText(text)
  return jargonPatterns.filter(({ pattern }) => pattern.test(normalized)).map(({ term }) => term)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
