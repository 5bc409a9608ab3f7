import * as Y from 'yjs'
import { DocumentRoot, WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { voteTotalOf } from './toolkit/wall/wallDoc.ts'

/** Longest label of a group of the wall, in characters. */
export const WALL_GROUP_MAX_LENGTH = 120

/**
 * A sticky note of the wall, as read from the Y.Doc. Browsers write it, so its author and voters
 * are claims: the compte rendu keeps only those who take part in the atelier.
 */
export interface WallNote {
  readonly id: string
  readonly text: string
  /** The account id the note claims as its author, '' when none. */
  readonly authorId: string
  /** '' when not in a group (or in a group that no longer exists). */
  readonly groupId: string
  readonly createdAt: string
  /** The keys of its `votes` map set to `true`: account ids, as browsers wrote them (old data). */
  readonly voterIds: readonly string[]
  /** Posted anonymously: no author is shown, whatever `authorId` says. */
  readonly anonymous: boolean
  /** Hidden by a facilitator: out of the compte rendu and of participants' exports. */
  readonly hidden: boolean
  /** The dots placed on it, as the server counted them (`wallVotes`). */
  readonly dots: number
}

/** A group of the wall. */
export interface WallGroup {
  readonly id: string
  readonly label: string
}

/** The wall of an atelier's live session. */
export interface Wall {
  readonly groups: readonly WallGroup[]
  readonly notes: readonly WallNote[]
}

function stringOf(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key)
  return typeof value === 'string' ? value : ''
}

function clip(text: string, maxLength: number): string {
  const trimmed = text.trim()
  return trimmed.length <= maxLength ? trimmed : `${trimmed.slice(0, maxLength - 1)}…`
}

function mapsOf(doc: Y.Doc, root: string): Y.Map<unknown>[] {
  return doc
    .getArray<unknown>(root)
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
}

function votersOf(map: Y.Map<unknown>): string[] {
  const votes = map.get('votes')
  if (!(votes instanceof Y.Map)) return []
  return [...votes.entries()].filter(([, vote]) => vote === true).map(([accountId]) => accountId)
}

/**
 * Reads the wall (`wall` and `wallGroups` roots) that participants' browsers write, defensively:
 * entries that are not maps, without an id, or with an empty text are skipped; texts and labels are
 * clipped; a note of an unknown group reads as ungrouped; a repeated id is read once (the first);
 * voters are the keys set to `true`; `dots` are the server's totals (`wallVotes`). `root` is the
 * wall read (`wall`, or a breakout group's).
 */
export function readWall(doc: Y.Doc, root: string = DocumentRoot.Wall): Wall {
  const groups: WallGroup[] = []
  for (const map of mapsOf(doc, DocumentRoot.WallGroups)) {
    const id = stringOf(map, 'id')
    const label = clip(stringOf(map, 'label'), WALL_GROUP_MAX_LENGTH)
    if (id !== '' && label !== '' && !groups.some((group) => group.id === id)) {
      groups.push({ id, label })
    }
  }
  const groupIds = new Set(groups.map((group) => group.id))
  const notes: WallNote[] = []
  const seen = new Set<string>()
  for (const map of mapsOf(doc, root)) {
    const id = stringOf(map, 'id')
    const text = clip(stringOf(map, 'text'), WALL_NOTE_MAX_LENGTH)
    if (id === '' || text === '' || seen.has(id)) continue
    seen.add(id)
    const groupId = stringOf(map, 'groupId')
    notes.push({
      id,
      text,
      authorId: stringOf(map, 'authorId'),
      groupId: groupIds.has(groupId) ? groupId : '',
      createdAt: stringOf(map, 'createdAt'),
      voterIds: votersOf(map),
      anonymous: map.get('anonymous') === true,
      hidden: map.get('hidden') === true,
      dots: voteTotalOf(doc, id),
    })
  }
  return { groups, notes }
}
