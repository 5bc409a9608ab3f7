import { normaliseWord } from './normaliseWord.ts'

/** A word of the cloud: its normalised `key`, the form shown, and how many people sent it. */
export interface CountedWord {
  readonly key: string
  readonly word: string
  readonly count: number
}

/** The facilitator's moderation of a cloud, by normalised keys. */
export interface WordModeration {
  readonly hiddenWords: readonly string[]
  /** `from` is counted as `into` (merges apply in order, and follow each other: a→b, b→c). */
  readonly merges: readonly { readonly from: string; readonly into: string }[]
}

/** The key a word is counted under once the merges are applied (a chain of merges followed). */
export function mergedKey(key: string, merges: WordModeration['merges']): string {
  let current = key
  const seen = new Set<string>()
  for (;;) {
    const merge = merges.find((found) => found.from === current)
    if (merge === undefined || seen.has(current)) return current
    seen.add(current)
    current = merge.into
  }
}

/**
 * Counts the words of a cloud: each person's words once (the same word twice in one submission
 * counts once), under their normalised and merged key; the form shown is the spelling sent most
 * often (ties: the one sent first). Most frequent first, then alphabetically. `hidden` are the
 * hidden ones, counted the same way, for the facilitator.
 */
export function tallyWords(
  submissions: readonly (readonly string[])[],
  moderation: WordModeration,
): { words: CountedWord[]; hidden: CountedWord[] } {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>()
  for (const words of submissions) {
    const keys = new Set<string>()
    for (const word of words) {
      const key = mergedKey(normaliseWord(word), moderation.merges)
      const entry = counts.get(key) ?? { count: 0, spellings: new Map<string, number>() }
      if (!keys.has(key)) entry.count += 1
      keys.add(key)
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1)
      counts.set(key, entry)
    }
  }
  const hidden = new Set(moderation.hiddenWords)
  const all = [...counts].map(([key, entry]) => ({
    key,
    word: mostFrequent(entry.spellings),
    count: entry.count,
  }))
  all.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'fr'))
  return {
    words: all.filter((word) => !hidden.has(word.key)),
    hidden: all.filter((word) => hidden.has(word.key)),
  }
}

function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  let best = ''
  let bestCount = 0
  for (const [spelling, count] of spellings) {
    if (count > bestCount) {
      best = spelling
      bestCount = count
    }
  }
  return best
}
