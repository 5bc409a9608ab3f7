import type { AtelierPoll } from './records/AtelierPoll.ts'
import type { AtelierPollAnswer } from './records/AtelierPollAnswer.ts'
import type { AtelierWordEntry } from './records/AtelierWordEntry.ts'

/**
 * The polls, quizzes and word clouds of the ateliers' live sessions, their answers and the words
 * sent. Same contract as {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken
 * poll id). Answers and word entries are keyed by (poll, account): saving one replaces the
 * previous in one atomic step, so simultaneous answers are each counted once.
 */
export interface AtelierPollRecords {
  createPoll(poll: AtelierPoll): Promise<void>
  findPoll(id: string): Promise<AtelierPoll | null>
  /** The polls and word clouds of one atelier, oldest first. */
  listPollsOf(atelierId: string): Promise<AtelierPoll[]>
  updatePoll(id: string, patch: Partial<Omit<AtelierPoll, 'id'>>): Promise<AtelierPoll | null>
  /** Deletes the poll with its answers and word entries; false if there was none. */
  deletePoll(id: string): Promise<boolean>

  /** Inserts the answer, or replaces the one of the same poll and account (keeping its place). */
  saveAnswer(answer: AtelierPollAnswer): Promise<void>
  findAnswer(pollId: string, accountId: string): Promise<AtelierPollAnswer | null>
  /** The answers to one poll, in the order they were first given. */
  listAnswersOf(pollId: string): Promise<AtelierPollAnswer[]>

  /** Inserts the entry, or replaces the one of the same cloud and account (keeping its place). */
  saveWordEntry(entry: AtelierWordEntry): Promise<void>
  findWordEntry(cloudId: string, accountId: string): Promise<AtelierWordEntry | null>
  /** The entries of one word cloud, in the order they were first sent. */
  listWordEntriesOf(cloudId: string): Promise<AtelierWordEntry[]>
}
