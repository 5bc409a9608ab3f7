import { diffWords } from 'diff'
import type { DiffPartView, DiffStatusName, TextDiffView } from '@maillage/protocol'

/**
 * Longest a word comparison may run, in ms: past it the text reads as wholly replaced. The word
 * diff is O(N·D); a pasted book against its translation must not hold the server.
 */
export const WORD_DIFF_TIMEOUT_MS = 500

/**
 * The word-level difference from `before` to `after`: runs kept, inserted and deleted, in
 * reading order (a deletion before the insertion that replaces it). Status `unchanged` when
 * equal, else `changed`; callers say `added` or `removed` for a whole unit that appeared or went.
 */
export function diffText(before: string, after: string): TextDiffView {
  if (before === after) return { status: 'unchanged', parts: partsOf([['equal', after]]) }
  const changes = diffWords(before, after, { timeout: WORD_DIFF_TIMEOUT_MS })
  if (changes === undefined) {
    return {
      status: 'changed',
      parts: partsOf([
        ['delete', before],
        ['insert', after],
      ]),
    }
  }
  const parts = partsOf(
    changes.map((change) => [
      change.added ? 'insert' : change.removed ? 'delete' : 'equal',
      change.value,
    ]),
  )
  return { status: 'changed', parts }
}

/** A unit that exists on one side only: all its text inserted (`added`) or deleted (`removed`). */
export function wholeText(status: 'added' | 'removed', text: string): TextDiffView {
  return { status, parts: partsOf([[status === 'added' ? 'insert' : 'delete', text]]) }
}

/** Parts without the empty ones. */
function partsOf(runs: readonly (readonly [DiffPartView['op'], string])[]): DiffPartView[] {
  return runs.filter(([, text]) => text !== '').map(([op, text]) => ({ op, text }))
}

/** True when a status says something differs. */
export function isDifferent(status: DiffStatusName): boolean {
  return status !== 'unchanged'
}
