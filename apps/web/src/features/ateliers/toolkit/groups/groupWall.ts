import * as Y from 'yjs'
import { WALL_NOTE_MAX_LENGTH, groupWallRoot } from '@maillage/schema'

/** A sticky note of a breakout group's wall, as read from the Y.Doc. */
export interface GroupWallNote {
  readonly id: string
  readonly text: string
  readonly authorName: string
}

function stringOf(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key)
  return typeof value === 'string' ? value : ''
}

/** The notes of group `n`'s wall in the order they were added (read defensively). */
export function readGroupWall(doc: Y.Doc, n: number): GroupWallNote[] {
  return doc
    .getArray<unknown>(groupWallRoot(n))
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
    .map((map) => ({
      id: stringOf(map, 'id'),
      text: stringOf(map, 'text').slice(0, WALL_NOTE_MAX_LENGTH),
      authorName: stringOf(map, 'authorName'),
    }))
    .filter((note) => note.id !== '' && note.text.trim() !== '')
}

/**
 * Adds a note to group `n`'s wall, built before it is inserted (one transaction). Only the group's
 * members and the facilitators may write there: the server refuses anyone else's update.
 */
export function addGroupWallNote(
  doc: Y.Doc,
  n: number,
  author: { readonly id: string; readonly name: string },
  text: string,
): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>()
    note.set('id', crypto.randomUUID())
    note.set('text', text.trim().slice(0, WALL_NOTE_MAX_LENGTH))
    note.set('authorId', author.id)
    note.set('authorName', author.name)
    note.set('createdAt', new Date().toISOString())
    doc.getArray<unknown>(groupWallRoot(n)).push([note])
  })
}
