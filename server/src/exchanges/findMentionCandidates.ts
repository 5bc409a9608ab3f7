import type { PersonRefView } from '@maillage/protocol'
import { normalizeSearchText } from '../toolbox/normalizeSearchText.ts'

/** Most people offered after `@` at once. */
export const MAX_MENTION_CANDIDATES = 8

/**
 * The people offered when typing `@query` in a thread: those whose name contains the query,
 * without case or accents (`helene` finds Hélène), names starting with it first, then names with a
 * word starting with it, each group in French alphabetical order; at most
 * {@link MAX_MENTION_CANDIDATES}, never the asker. An empty query offers the first names. Pure.
 */
export function findMentionCandidates(
  people: readonly PersonRefView[],
  query: string,
  askerId: string,
): PersonRefView[] {
  const wanted = normalizeSearchText(query)
  return people
    .filter((person) => person.id !== askerId)
    .map((person) => ({ person, rank: rankOf(normalizeSearchText(person.name), wanted) }))
    .filter((entry) => entry.rank !== null)
    .sort(
      (a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.person.name.localeCompare(b.person.name, 'fr'),
    )
    .slice(0, MAX_MENTION_CANDIDATES)
    .map((entry) => ({ id: entry.person.id, name: entry.person.name }))
}

/** 0: the name starts with the query; 1: one of its words does; 2: it contains it; else null. */
function rankOf(name: string, query: string): number | null {
  if (name.startsWith(query)) return 0
  if (name.split(/[\s'’-]+/u).some((word) => word.startsWith(query))) return 1
  return name.includes(query) ? 2 : null
}
