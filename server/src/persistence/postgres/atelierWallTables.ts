import { atelierWallAuthorSchema, type AtelierWallAuthor } from '../records/AtelierWallAuthor.ts'
import { atelierWallVoteSchema, type AtelierWallVote } from '../records/AtelierWallVote.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 014_atelier_wall.sql, as postgresRows.ts reads and writes them.

/** The authors of anonymous notes, one per (atelier, note). */
export const ATELIER_WALL_AUTHORS: PostgresTable<AtelierWallAuthor> = {
  name: 'metadata_atelier_wall_authors',
  what: 'atelier wall author',
  schema: atelierWallAuthorSchema,
  columns: {
    atelier_id: (author) => author.atelierId,
    note_id: (author) => author.noteId,
  },
  key: ['atelier_id', 'note_id'],
}

/** Each participant's dots on each note, one row per (atelier, account, note). */
export const ATELIER_WALL_VOTES: PostgresTable<AtelierWallVote> = {
  name: 'metadata_atelier_wall_votes',
  what: 'atelier wall vote',
  schema: atelierWallVoteSchema,
  columns: {
    atelier_id: (vote) => vote.atelierId,
    note_id: (vote) => vote.noteId,
    account_id: (vote) => vote.accountId,
  },
  key: ['atelier_id', 'account_id', 'note_id'],
}
