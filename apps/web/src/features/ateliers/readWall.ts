import * as Y from 'yjs'
import { WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { WALL_GROUP_MAX_LENGTH, type Wall, type WallGroup, type WallNote } from './wallShape.ts'

/**
 * Reads the wall of an atelier from its `wall` and `wallGroups` roots for `accountId`. Every
 * participant's browser writes them, so entries are read as untrusted: malformed ones are
 * skipped, texts clipped, a note whose group does not exist is shown ungrouped. Notes are sorted
 * most voted first, then oldest first.
 */
export function readWall(
  wall: Y.Array<unknown>,
  wallGroups: Y.Array<unknown>,
  accountId: string,
): Wall {
  const groups = wallGroups.toArray().flatMap((entry) => {
    const group = readGroup(entry)
    return group === null ? [] : [group]
  })
  const groupIds = new Set(groups.map((group) => group.id))
  const notes = wall.toArray().flatMap((entry) => {
    const note = readNote(entry, accountId)
    if (note === null) return []
    return [groupIds.has(note.groupId) ? note : { ...note, groupId: '' }]
  })
  notes.sort(byVotesThenTime)
  return { groups, notes }
}

/**
 * The notes of one column of the wall, the group `groupId` ('' for « Sans groupe »): most voted
 * first, then oldest first (then by id, so that every participant sees the same order).
 */
export function notesOfColumn(wall: Wall, groupId: string): WallNote[] {
  return wall.notes.filter((note) => note.groupId === groupId).sort(byVotesThenTime)
}

function byVotesThenTime(a: WallNote, b: WallNote): number {
  return (
    b.voteCount - a.voteCount || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
  )
}

function readGroup(entry: unknown): WallGroup | null {
  if (!(entry instanceof Y.Map)) return null
  const id: unknown = entry.get('id')
  const label: unknown = entry.get('label')
  if (typeof id !== 'string' || id === '' || typeof label !== 'string') return null
  return { id, label: label.slice(0, WALL_GROUP_MAX_LENGTH) }
}

function readNote(entry: unknown, accountId: string): WallNote | null {
  if (!(entry instanceof Y.Map)) return null
  const id: unknown = entry.get('id')
  const text: unknown = entry.get('text')
  if (typeof id !== 'string' || id === '' || typeof text !== 'string') return null
  const votes: unknown = entry.get('votes')
  const voters =
    votes instanceof Y.Map ? [...votes.keys()].filter((key) => votes.get(key) === true) : []
  return {
    id,
    text: text.slice(0, WALL_NOTE_MAX_LENGTH),
    authorId: stringOf(entry.get('authorId')),
    authorName: stringOf(entry.get('authorName')).slice(0, 120),
    groupId: stringOf(entry.get('groupId')),
    createdAt: stringOf(entry.get('createdAt')),
    voteCount: voters.length,
    votedByMe: voters.includes(accountId),
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
