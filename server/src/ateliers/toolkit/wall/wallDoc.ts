import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'

/** A note as the server writes it into a wall root. */
export interface NewWallNote {
  readonly id: string
  readonly text: string
  /** Absent for an anonymous note: its author is kept in the store only. */
  readonly author?: { readonly id: string; readonly name: string }
  readonly createdAt: string
}

// The server's writes into a wall of an atelier's Y.Doc. Every function takes the name of the
// root (`wall`, or a breakout group's `groupWall-<n>`), so that any wall is written the same way.

/**
 * Appends a note, ungrouped and shown. An anonymous note has `anonymous: true` and no author
 * fields at all (not even empty ones): a participant's Y.Doc tells nothing of who wrote it.
 */
export function insertWallNote(doc: Y.Doc, root: string, note: NewWallNote): void {
  const map = new Y.Map<unknown>()
  map.set('id', note.id)
  map.set('text', note.text)
  if (note.author === undefined) {
    map.set('anonymous', true)
  } else {
    map.set('authorId', note.author.id)
    map.set('authorName', note.author.name)
  }
  map.set('groupId', '')
  map.set('createdAt', note.createdAt)
  doc.getArray<unknown>(root).push([map])
}

/** The note `noteId` of the wall `root`, or undefined. */
export function findWallNote(doc: Y.Doc, root: string, noteId: string): Y.Map<unknown> | undefined {
  return doc
    .getArray<unknown>(root)
    .toArray()
    .find((entry): entry is Y.Map<unknown> => entry instanceof Y.Map && entry.get('id') === noteId)
}

/** Removes the note `noteId` from the wall `root`; false if it was not there. */
export function deleteWallNote(doc: Y.Doc, root: string, noteId: string): boolean {
  const wall = doc.getArray<unknown>(root)
  const index = wall
    .toArray()
    .findIndex((entry) => entry instanceof Y.Map && entry.get('id') === noteId)
  if (index === -1) return false
  wall.delete(index, 1)
  return true
}

/** Writes a note's total of dots into `wallVotes` (0 removes the entry). */
export function writeVoteTotal(doc: Y.Doc, noteId: string, total: number): void {
  const totals = doc.getMap<unknown>(DocumentRoot.WallVotes)
  if (total > 0) totals.set(noteId, total)
  else totals.delete(noteId)
}

/** A note's total of dots as `wallVotes` holds it (0 when none, or unreadable). */
export function voteTotalOf(doc: Y.Doc, noteId: string): number {
  const total = doc.getMap<unknown>(DocumentRoot.WallVotes).get(noteId)
  return typeof total === 'number' && Number.isInteger(total) && total > 0 ? total : 0
}
