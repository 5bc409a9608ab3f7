import * as Y from 'yjs'
import { WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import {
  WALL_GROUP_MAX_LENGTH,
  type Wall,
  type WallGroup,
  type WallNote,
  type WallSettings,
} from './wallShape.ts'

/** The dots per participant while the facilitator has not set them. */
export const DEFAULT_VOTE_BUDGET = 3

/** Most dots a facilitator may give each participant. */
export const MAX_VOTE_BUDGET = 20

/**
 * Reads the wall of an atelier from its `wall`, `wallGroups` and `wallVotes` roots. The server
 * writes the notes and their totals; participants' browsers write the groups; everything is read
 * as untrusted: malformed entries are skipped, texts clipped, a note whose group does not exist is
 * shown ungrouped. Hidden notes are read only `withHidden` (facilitators). Notes are sorted most
 * voted first, then oldest first.
 */
export function readWall(
  roots: {
    readonly wall: Y.Array<unknown>
    readonly wallGroups: Y.Array<unknown>
    readonly wallVotes: Y.Map<unknown>
  },
  withHidden: boolean,
): Wall {
  const groups = roots.wallGroups.toArray().flatMap((entry) => {
    const group = readGroup(entry)
    return group === null ? [] : [group]
  })
  const groupIds = new Set(groups.map((group) => group.id))
  const notes = roots.wall.toArray().flatMap((entry) => {
    const note = readNote(entry, roots.wallVotes)
    if (note === null || (note.hidden && !withHidden)) return []
    return [groupIds.has(note.groupId) ? note : { ...note, groupId: '' }]
  })
  notes.sort(byVotesThenTime)
  return { groups, notes }
}

/** The wall's settings from `wallSettings`; anything missing or out of range reads as default. */
export function readWallSettings(map: Y.Map<unknown>): WallSettings {
  const budget = map.get('voteBudget')
  const valid =
    typeof budget === 'number' &&
    Number.isInteger(budget) &&
    budget >= 0 &&
    budget <= MAX_VOTE_BUDGET
  return {
    anonymousAllowed: map.get('anonymousAllowed') === true,
    voteBudget: valid ? budget : DEFAULT_VOTE_BUDGET,
  }
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

function readNote(entry: unknown, totals: Y.Map<unknown>): WallNote | null {
  if (!(entry instanceof Y.Map)) return null
  const id: unknown = entry.get('id')
  const text: unknown = entry.get('text')
  if (typeof id !== 'string' || id === '' || typeof text !== 'string') return null
  // Walls from before the vote budget kept a « +1 » per voter in the note: still counted.
  const votes: unknown = entry.get('votes')
  const older = votes instanceof Y.Map ? [...votes.values()].filter((vote) => vote === true) : []
  const total: unknown = totals.get(id)
  const dots = typeof total === 'number' && Number.isInteger(total) && total > 0 ? total : 0
  const anonymous = entry.get('anonymous') === true
  return {
    id,
    text: text.slice(0, WALL_NOTE_MAX_LENGTH),
    authorId: anonymous ? '' : stringOf(entry.get('authorId')),
    authorName: anonymous ? '' : stringOf(entry.get('authorName')).slice(0, 120),
    anonymous,
    hidden: entry.get('hidden') === true,
    groupId: stringOf(entry.get('groupId')),
    createdAt: stringOf(entry.get('createdAt')),
    voteCount: dots + older.length,
  }
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
