import type { Wall, WallNote } from '../../readWall.ts'

/** How the compte rendu and the exports name the author of an anonymous note. */
export const ANONYMOUS_AUTHOR = 'Anonyme'

/**
 * The author of a note as the compte rendu names it: « Anonyme » for an anonymous note, the name
 * of the account when `participants` vouch for it, '' otherwise.
 */
export function wallNoteAuthor(note: WallNote, participants: ReadonlyMap<string, string>): string {
  if (note.anonymous) return ANONYMOUS_AUTHOR
  return participants.get(note.authorId) ?? ''
}

/**
 * A note's votes: the dots the server counted, plus the « +1 » of older walls (browser-written,
 * counted only for `participants`, never written any more).
 */
export function wallNoteVotes(note: WallNote, participants: ReadonlyMap<string, string>): number {
  return note.dots + note.voterIds.filter((accountId) => participants.has(accountId)).length
}

/** The wall without the notes a facilitator hid: what the compte rendu shows. */
export function shownWall(wall: Wall): Wall {
  return { groups: wall.groups, notes: wall.notes.filter((note) => !note.hidden) }
}
