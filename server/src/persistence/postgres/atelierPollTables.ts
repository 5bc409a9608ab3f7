import { atelierPollSchema, type AtelierPoll } from '../records/AtelierPoll.ts'
import { atelierPollAnswerSchema, type AtelierPollAnswer } from '../records/AtelierPollAnswer.ts'
import { atelierWordEntrySchema, type AtelierWordEntry } from '../records/AtelierWordEntry.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 013_atelier_polls.sql, as postgresRows.ts reads and writes them.

/** Polls, quizzes and word clouds, looked up by atelier. */
export const ATELIER_POLLS: PostgresTable<AtelierPoll> = {
  name: 'metadata_atelier_polls',
  what: 'atelier poll',
  schema: atelierPollSchema,
  columns: {
    id: (poll) => poll.id,
    atelier_id: (poll) => poll.atelierId,
  },
  key: ['id'],
}

/** Answers, one per poll and account. */
export const ATELIER_POLL_ANSWERS: PostgresTable<AtelierPollAnswer> = {
  name: 'metadata_atelier_poll_answers',
  what: 'atelier poll answer',
  schema: atelierPollAnswerSchema,
  columns: {
    poll_id: (answer) => answer.pollId,
    account_id: (answer) => answer.accountId,
    atelier_id: (answer) => answer.atelierId,
  },
  key: ['poll_id', 'account_id'],
}

/** Words sent to word clouds, one entry per cloud and account. */
export const ATELIER_WORD_ENTRIES: PostgresTable<AtelierWordEntry> = {
  name: 'metadata_atelier_word_entries',
  what: 'atelier word entry',
  schema: atelierWordEntrySchema,
  columns: {
    cloud_id: (entry) => entry.cloudId,
    account_id: (entry) => entry.accountId,
    atelier_id: (entry) => entry.atelierId,
  },
  key: ['cloud_id', 'account_id'],
}
