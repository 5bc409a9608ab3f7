import * as Y from 'yjs'
import { DocumentRoot, WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { WALL_GROUP_MAX_LENGTH } from './wallShape.ts'

/** Who adds a note: kept on it for the wall and the compte rendu. */
export interface WallAuthor {
  readonly id: string
  readonly name: string
}

/**
 * Adds a sticky note to the wall of `doc`, ungrouped and without votes; returns its id. The note
 * is built before it is inserted, in one transaction, so others never see it half made.
 */
export function addWallNote(doc: Y.Doc, author: WallAuthor, text: string, now: Date): string {
  const id = crypto.randomUUID()
  doc.transact(() => {
    const note = new Y.Map<unknown>()
    note.set('id', id)
    note.set('text', text.trim().slice(0, WALL_NOTE_MAX_LENGTH))
    note.set('authorId', author.id)
    note.set('authorName', author.name)
    note.set('groupId', '')
    note.set('createdAt', now.toISOString())
    note.set('votes', new Y.Map<boolean>())
    doc.getArray<unknown>(DocumentRoot.Wall).push([note])
  })
  return id
}

/**
 * Adds or withdraws the « +1 » of `accountId` on a note. Each person writes only their own key of
 * the note's `votes` map, so votes cast at the same time by several people all count.
 */
export function toggleWallVote(doc: Y.Doc, noteId: string, accountId: string): void {
  doc.transact(() => {
    const note = findNote(doc, noteId)
    const votes = note?.get('votes')
    if (!(votes instanceof Y.Map)) return
    if (votes.get(accountId) === true) votes.delete(accountId)
    else votes.set(accountId, true)
  })
}

/** Moves a note into the group `groupId` ('' takes it out of any group). */
export function moveWallNote(doc: Y.Doc, noteId: string, groupId: string): void {
  doc.transact(() => {
    findNote(doc, noteId)?.set('groupId', groupId)
  })
}

/** Removes a note from the wall. */
export function removeWallNote(doc: Y.Doc, noteId: string): void {
  doc.transact(() => {
    const wall = doc.getArray<unknown>(DocumentRoot.Wall)
    const index = wall.toArray().findIndex((entry) => idOf(entry) === noteId)
    if (index !== -1) wall.delete(index, 1)
  })
}

/** Creates a group of the wall named `label`; returns its id. */
export function createWallGroup(doc: Y.Doc, label: string): string {
  const id = crypto.randomUUID()
  doc.transact(() => {
    const group = new Y.Map<unknown>()
    group.set('id', id)
    group.set('label', label.trim().slice(0, WALL_GROUP_MAX_LENGTH))
    doc.getArray<unknown>(DocumentRoot.WallGroups).push([group])
  })
  return id
}

function findNote(doc: Y.Doc, noteId: string): Y.Map<unknown> | undefined {
  return doc
    .getArray<unknown>(DocumentRoot.Wall)
    .toArray()
    .find((entry): entry is Y.Map<unknown> => entry instanceof Y.Map && idOf(entry) === noteId)
}

function idOf(entry: unknown): unknown {
  return entry instanceof Y.Map ? entry.get('id') : undefined
}
