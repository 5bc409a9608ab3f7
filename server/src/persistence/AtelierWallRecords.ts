import type { AtelierWallAuthor } from './records/AtelierWallAuthor.ts'
import type { AtelierWallVote } from './records/AtelierWallVote.ts'

/** A dot placed (`+1`) or taken back (`-1`) by one participant on one note. */
export interface WallVoteChange {
  readonly atelierId: string
  readonly noteId: string
  readonly accountId: string
  readonly delta: 1 | -1
  /** The facilitator's budget: the participant's dots on the atelier's wall never exceed it. */
  readonly budget: number
}

/** What a {@link WallVoteChange} did, read in the same atomic step. */
export interface WallVoteOutcome {
  /** False when refused: no dot left (`+1`), or none on the note (`-1`). */
  readonly accepted: boolean
  /** The participant's dots on the whole wall, after. */
  readonly spent: number
  /** The dots of every participant on the note, after. */
  readonly noteTotal: number
}

/**
 * The records of the wall of the ateliers' live sessions in the metadata store: the authors of
 * anonymous notes and the dots of the votes. Same contract as {@link MetadataStore} (validated,
 * copies, `METADATA_CONFLICT` on a taken key: an author by (atelier, note)).
 */
export interface AtelierWallRecords {
  recordAuthor(author: AtelierWallAuthor): Promise<void>
  findAuthor(atelierId: string, noteId: string): Promise<AtelierWallAuthor | null>
  /** The authors of an atelier's anonymous notes, oldest first. */
  listAuthors(atelierId: string): Promise<AtelierWallAuthor[]>
  /** False if there was none. */
  deleteAuthor(atelierId: string, noteId: string): Promise<boolean>

  /**
   * Places or takes back one dot, atomically with the budget check: parallel changes of one
   * participant, in any process, never leave them more than `budget` dots.
   */
  changeVote(change: WallVoteChange): Promise<WallVoteOutcome>
  /** Every participant's dots on an atelier's wall. */
  listVotes(atelierId: string): Promise<AtelierWallVote[]>
  /** One participant's dots on an atelier's wall. */
  listVotesOf(atelierId: string, accountId: string): Promise<AtelierWallVote[]>
  /** Removes the dots on a note (deleted from the wall): their owners get them back. */
  deleteVotesOfNote(atelierId: string, noteId: string): Promise<void>
}
