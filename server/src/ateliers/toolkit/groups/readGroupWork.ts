import * as Y from 'yjs'
import type { RichTextJson } from '@maillage/protocol'
import { WALL_NOTE_MAX_LENGTH, groupNotesRoot, groupWallRoot } from '@maillage/schema'
import { richTextOfFragment } from '../../richTextOfFragment.ts'
import { readBreakoutRun } from './breakoutRun.ts'

/** A sticky note of a group's wall: browsers write it, so its author is a claim. */
export interface GroupWallNote {
  readonly text: string
  /** The account id the note claims as its author, '' when none. */
  readonly authorId: string
}

/** What one breakout group wrote, under the name of the last groups that ran. */
export interface GroupWork {
  readonly n: number
  readonly name: string
  readonly memberCount: number
  /** Its notes, a Tiptap `doc`. */
  readonly notes: RichTextJson
  readonly wall: readonly GroupWallNote[]
}

function stringOf(map: Y.Map<unknown>, key: string): string {
  const value = map.get(key)
  return typeof value === 'string' ? value : ''
}

/**
 * Reads the wall of group `n` (`groupWall-<n>`) defensively, as `readWall` reads the plenary's:
 * entries that are not maps or have an empty text are skipped, texts clipped.
 */
export function readGroupWall(doc: Y.Doc, n: number): GroupWallNote[] {
  return doc
    .getArray<unknown>(groupWallRoot(n))
    .toArray()
    .filter((entry): entry is Y.Map<unknown> => entry instanceof Y.Map)
    .map((map) => ({
      text: stringOf(map, 'text').trim().slice(0, WALL_NOTE_MAX_LENGTH),
      authorId: stringOf(map, 'authorId'),
    }))
    .filter((note) => note.text !== '')
}

/** The work of each group of the last breakout groups that ran, in order; none: []. */
export function readGroupWork(doc: Y.Doc): GroupWork[] {
  const run = readBreakoutRun(doc)
  if (run === null) return []
  return run.groups.map((group) => ({
    n: group.n,
    name: group.name,
    memberCount: group.memberIds.length,
    notes: richTextOfFragment(doc.getXmlFragment(groupNotesRoot(group.n))),
    wall: readGroupWall(doc, group.n),
  }))
}
