import type { ExchangeRecords } from '../ExchangeRecords.ts'
import type { ExchangeThread } from '../records/ExchangeThread.ts'
import { EXCHANGE_THREADS } from './metadataTables.ts'
import { deleteRows, insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/** The exchange records of `PostgresMetadataStore`. */
export class PostgresExchangeRecords implements ExchangeRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createThread(thread: ExchangeThread): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, EXCHANGE_THREADS, thread))
  }

  findThread(id: string): Promise<ExchangeThread | null> {
    return selectRow(this.#scope, EXCHANGE_THREADS, { where: 'id = $1', values: [id] })
  }

  listThreads(): Promise<ExchangeThread[]> {
    return selectRows(this.#scope, EXCHANGE_THREADS)
  }

  updateThread(
    id: string,
    patch: Partial<Omit<ExchangeThread, 'id'>>,
  ): Promise<ExchangeThread | null> {
    return updateRow(this.#scope, EXCHANGE_THREADS, { id, patchOf: () => patch })
  }

  async deleteThread(id: string): Promise<boolean> {
    return (await deleteRows(this.#scope, EXCHANGE_THREADS, { where: 'id = $1', values: [id] })) > 0
  }
}
