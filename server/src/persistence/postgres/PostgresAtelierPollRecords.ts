import type { AtelierPollRecords } from '../AtelierPollRecords.ts'
import type { AtelierPoll } from '../records/AtelierPoll.ts'
import type { AtelierPollAnswer } from '../records/AtelierPollAnswer.ts'
import type { AtelierWordEntry } from '../records/AtelierWordEntry.ts'
import { ATELIER_POLL_ANSWERS, ATELIER_POLLS, ATELIER_WORD_ENTRIES } from './atelierPollTables.ts'
import {
  deleteRows,
  insertRow,
  selectRow,
  selectRows,
  updateRow,
  upsertRow,
} from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/**
 * The polls' records of `PostgresMetadataStore` (`013_atelier_polls.sql`). Answers and word
 * entries are saved with one `INSERT … ON CONFLICT DO UPDATE` on their (poll, account) key: two
 * saves at once of one person's answer leave one row, whatever process made them.
 */
export class PostgresAtelierPollRecords implements AtelierPollRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createPoll(poll: AtelierPoll): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, ATELIER_POLLS, poll))
  }

  findPoll(id: string): Promise<AtelierPoll | null> {
    return selectRow(this.#scope, ATELIER_POLLS, { where: 'id = $1', values: [id] })
  }

  listPollsOf(atelierId: string): Promise<AtelierPoll[]> {
    return selectRows(this.#scope, ATELIER_POLLS, {
      where: 'atelier_id = $1',
      values: [atelierId],
    })
  }

  updatePoll(id: string, patch: Partial<Omit<AtelierPoll, 'id'>>): Promise<AtelierPoll | null> {
    return updateRow(this.#scope, ATELIER_POLLS, { id, patchOf: () => patch })
  }

  deletePoll(id: string): Promise<boolean> {
    return this.#scope.atomically(async (runner) => {
      const values = [id]
      await deleteRows(runner, ATELIER_POLL_ANSWERS, { where: 'poll_id = $1', values })
      await deleteRows(runner, ATELIER_WORD_ENTRIES, { where: 'cloud_id = $1', values })
      return (await deleteRows(runner, ATELIER_POLLS, { where: 'id = $1', values })) > 0
    })
  }

  async saveAnswer(answer: AtelierPollAnswer): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, ATELIER_POLL_ANSWERS, answer))
  }

  findAnswer(pollId: string, accountId: string): Promise<AtelierPollAnswer | null> {
    return selectRow(this.#scope, ATELIER_POLL_ANSWERS, {
      where: 'poll_id = $1 AND account_id = $2',
      values: [pollId, accountId],
    })
  }

  listAnswersOf(pollId: string): Promise<AtelierPollAnswer[]> {
    return selectRows(this.#scope, ATELIER_POLL_ANSWERS, {
      where: 'poll_id = $1',
      values: [pollId],
    })
  }

  async saveWordEntry(entry: AtelierWordEntry): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, ATELIER_WORD_ENTRIES, entry))
  }

  findWordEntry(cloudId: string, accountId: string): Promise<AtelierWordEntry | null> {
    return selectRow(this.#scope, ATELIER_WORD_ENTRIES, {
      where: 'cloud_id = $1 AND account_id = $2',
      values: [cloudId, accountId],
    })
  }

  listWordEntriesOf(cloudId: string): Promise<AtelierWordEntry[]> {
    return selectRows(this.#scope, ATELIER_WORD_ENTRIES, {
      where: 'cloud_id = $1',
      values: [cloudId],
    })
  }
}
