import type { Wall } from '../../readWall.ts'
import { shownWall, wallNoteAuthor, wallNoteVotes } from './compteRenduWall.ts'

/** The label of the column of ungrouped notes, in exports. */
export const UNGROUPED_LABEL = 'Sans groupe'

/** One note of an exported wall. */
export interface WallExportNote {
  readonly text: string
  readonly votes: number
  /** The author's name, « Anonyme », or '' when the note's author does not take part. */
  readonly author: string
  readonly createdAt: string
  readonly hidden: boolean
}

/** One column of an exported wall: a group (or « Sans groupe »), its notes most voted first. */
export interface WallExportColumn {
  readonly label: string
  readonly notes: readonly WallExportNote[]
}

/**
 * The wall as exported: its groups in order, then « Sans groupe » (left out when empty and other
 * groups exist), each with its notes most voted first (ties: oldest first). Hidden notes are kept
 * (marked) only when `withHidden` (facilitators); votes and authors as the compte rendu counts
 * them (`participants` vouch for named authors and old votes).
 */
export function wallExportColumns(
  wall: Wall,
  participants: ReadonlyMap<string, string>,
  withHidden: boolean,
): WallExportColumn[] {
  const notes = (withHidden ? wall : shownWall(wall)).notes
  const columns = [...wall.groups, { id: '', label: UNGROUPED_LABEL }].map((group) => ({
    label: group.label,
    notes: notes
      .filter((note) => note.groupId === group.id)
      .map((note) => ({
        text: note.text,
        votes: wallNoteVotes(note, participants),
        author: wallNoteAuthor(note, participants),
        createdAt: note.createdAt,
        hidden: note.hidden,
      }))
      .sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt)),
  }))
  return columns.filter((column, index) => column.notes.length > 0 || index < wall.groups.length)
}
