import type { ExchangeThread } from './records/ExchangeThread.ts'

/**
 * The threads of the échanges in the metadata store. Same contract as {@link MetadataStore}
 * (validated, copies, `METADATA_CONFLICT` on a taken id).
 */
export interface ExchangeRecords {
  createThread(thread: ExchangeThread): Promise<void>
  findThread(id: string): Promise<ExchangeThread | null>
  /** Every thread, oldest first. */
  listThreads(): Promise<ExchangeThread[]>
  updateThread(
    id: string,
    patch: Partial<Omit<ExchangeThread, 'id'>>,
  ): Promise<ExchangeThread | null>
  /** Deletes the thread's record (its document is deleted apart); false if there was none. */
  deleteThread(id: string): Promise<boolean>
}
