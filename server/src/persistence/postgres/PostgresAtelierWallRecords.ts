import type { AtelierWallRecords, WallVoteChange, WallVoteOutcome } from '../AtelierWallRecords.ts'
import { decideWallVote } from '../decideWallVote.ts'
import type { AtelierWallAuthor } from '../records/AtelierWallAuthor.ts'
import type { AtelierWallVote } from '../records/AtelierWallVote.ts'
import { ATELIER_WALL_AUTHORS, ATELIER_WALL_VOTES } from './atelierWallTables.ts'
import { deleteRows, insertRow, selectRow, selectRows, upsertRow } from './postgresRows.ts'
import { ATELIER_LOCK_CLASS, type PostgresScope } from './PostgresScope.ts'

/**
 * The wall's records of `PostgresMetadataStore` (`014_atelier_wall.sql`). `changeVote` holds a
 * per-participant advisory lock (first key {@link ATELIER_LOCK_CLASS}, second the hash of
 * `wall-vote:<atelier>:<account>`) for its read, decision and write, in one transaction: parallel
 * dots of one participant, from any process, are decided one after the other.
 */
export class PostgresAtelierWallRecords implements AtelierWallRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async recordAuthor(author: AtelierWallAuthor): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, ATELIER_WALL_AUTHORS, author))
  }

  findAuthor(atelierId: string, noteId: string): Promise<AtelierWallAuthor | null> {
    const where = 'atelier_id = $1 AND note_id = $2'
    return selectRow(this.#scope, ATELIER_WALL_AUTHORS, { where, values: [atelierId, noteId] })
  }

  listAuthors(atelierId: string): Promise<AtelierWallAuthor[]> {
    return selectRows(this.#scope, ATELIER_WALL_AUTHORS, {
      where: 'atelier_id = $1',
      values: [atelierId],
    })
  }

  async deleteAuthor(atelierId: string, noteId: string): Promise<boolean> {
    const where = 'atelier_id = $1 AND note_id = $2'
    return (
      (await deleteRows(this.#scope, ATELIER_WALL_AUTHORS, {
        where,
        values: [atelierId, noteId],
      })) > 0
    )
  }

  changeVote(change: WallVoteChange): Promise<WallVoteOutcome> {
    const lockKey = `wall-vote:${change.atelierId}:${change.accountId}`
    return this.#scope.atomically(
      async (runner) => {
        const mine = await selectRows(runner, ATELIER_WALL_VOTES, {
          where: 'atelier_id = $1 AND account_id = $2',
          values: [change.atelierId, change.accountId],
        })
        const decision = decideWallVote(mine, change)
        if (decision.accepted && decision.count === 0) {
          await deleteRows(runner, ATELIER_WALL_VOTES, {
            where: 'atelier_id = $1 AND account_id = $2 AND note_id = $3',
            values: [change.atelierId, change.accountId, change.noteId],
          })
        } else if (decision.accepted) {
          const { atelierId, noteId, accountId } = change
          await upsertRow(runner, ATELIER_WALL_VOTES, {
            atelierId,
            noteId,
            accountId,
            count: decision.count,
          })
        }
        const total = await runner.query<{ total: string | null }>(
          `SELECT sum((data ->> 'count')::int) AS total FROM ${ATELIER_WALL_VOTES.name}
           WHERE atelier_id = $1 AND note_id = $2`,
          [change.atelierId, change.noteId],
        )
        const noteTotal = Number(total.rows[0]?.total ?? 0)
        return { accepted: decision.accepted, spent: decision.spent, noteTotal }
      },
      { lockClass: ATELIER_LOCK_CLASS, keys: [lockKey] },
    )
  }

  listVotes(atelierId: string): Promise<AtelierWallVote[]> {
    return selectRows(this.#scope, ATELIER_WALL_VOTES, {
      where: 'atelier_id = $1',
      values: [atelierId],
    })
  }

  listVotesOf(atelierId: string, accountId: string): Promise<AtelierWallVote[]> {
    return selectRows(this.#scope, ATELIER_WALL_VOTES, {
      where: 'atelier_id = $1 AND account_id = $2',
      values: [atelierId, accountId],
    })
  }

  async deleteVotesOfNote(atelierId: string, noteId: string): Promise<void> {
    await deleteRows(this.#scope, ATELIER_WALL_VOTES, {
      where: 'atelier_id = $1 AND note_id = $2',
      values: [atelierId, noteId],
    })
  }
}
