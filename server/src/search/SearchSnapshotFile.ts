import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import { DurableJsonFile } from '../persistence/DurableJsonFile.ts'
import type { Timers, TimerHandle } from '../time/Timers.ts'
import { MiniSearchIndex, type MiniSearchSnapshot } from './MiniSearchIndex.ts'
import { MAX_ENTRY_TEXT_LENGTH } from './SearchIndex.ts'
import { SEARCH_RESULT_TYPES } from './searchResultType.ts'

/** Longest wait between a change of the index and its snapshot on disk. */
export const SNAPSHOT_DELAY_MS = 10_000

/** Version of the snapshot's format: another version is not read (the backfill rebuilds). */
const SNAPSHOT_VERSION = 1

const entrySchema = z.object({
  id: z.string().refine(isDocumentId),
  type: z.enum(SEARCH_RESULT_TYPES as [string, ...string[]]),
  kind: z.enum(Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]]),
  spaceId: z.string().min(1),
  title: z.string(),
  text: z.string().max(MAX_ENTRY_TEXT_LENGTH),
  updatedAt: z.string(),
  audience: z.array(z.string()),
  stamp: z.string(),
})

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  entries: z.array(entrySchema),
  // MiniSearch's own format, checked by MiniSearch as it loads it.
  index: z.record(z.string(), z.unknown()),
})

/**
 * The embedded search index saved in `<data directory>/search/index.json`, so that a restart
 * does not re-read every document: loaded at start (an absent, unreadable or older file gives an
 * empty index, which the start-up backfill fills), written atomically ({@link DurableJsonFile})
 * at most every {@link SNAPSHOT_DELAY_MS} after a change, and at `close`.
 */
export class SearchSnapshotFile {
  readonly #file: DurableJsonFile<unknown>
  readonly #timers: Timers
  readonly #logger: Logger
  #index: MiniSearchIndex | undefined
  #timer: TimerHandle | undefined
  #writing: Promise<void> = Promise.resolve()

  private constructor(path: string, timers: Timers, logger: Logger) {
    this.#file = new DurableJsonFile(path)
    this.#timers = timers
    this.#logger = logger
  }

  /** Opens the snapshot of `directory` and gives the index it holds, saved from then on. */
  static async open(options: {
    directory: string
    timers: Timers
    logger: Logger
  }): Promise<{ index: MiniSearchIndex; snapshots: SearchSnapshotFile }> {
    await mkdir(options.directory, { recursive: true })
    const snapshots = new SearchSnapshotFile(
      join(options.directory, 'index.json'),
      options.timers,
      options.logger,
    )
    const index = await snapshots.#load()
    snapshots.#index = index
    return { index, snapshots }
  }

  /** Writes what is pending now and stops saving. */
  async close(): Promise<void> {
    if (this.#timer !== undefined) {
      this.#timers.clearTimeout(this.#timer)
      this.#timer = undefined
      this.#write()
    }
    await this.#writing
  }

  async #load(): Promise<MiniSearchIndex> {
    const onChange = () => {
      this.#scheduleWrite()
    }
    try {
      const saved = await this.#file.read()
      if (saved === null) return MiniSearchIndex.empty(onChange)
      const parsed = snapshotSchema.safeParse(saved)
      if (!parsed.success) {
        this.#logger.warn('the search index snapshot is of another format; rebuilding it')
        return MiniSearchIndex.empty(onChange)
      }
      return MiniSearchIndex.fromSnapshot(parsed.data as unknown as MiniSearchSnapshot, onChange)
    } catch (error) {
      this.#logger.warn({ err: error }, 'the search index snapshot is unreadable; rebuilding it')
      return MiniSearchIndex.empty(onChange)
    }
  }

  #scheduleWrite(): void {
    if (this.#timer !== undefined) return
    this.#timer = this.#timers.setTimeout(() => {
      this.#timer = undefined
      this.#write()
    }, SNAPSHOT_DELAY_MS)
  }

  #write(): void {
    const index = this.#index
    if (index === undefined) return
    // Writes never overlap (DurableJsonFile's rule); a failure is logged, the next change retries.
    this.#writing = this.#writing
      .then(async () => {
        await this.#file.write({ version: SNAPSHOT_VERSION, ...(await index.snapshot()) })
      })
      .catch((error: unknown) => {
        this.#logger.error({ err: error }, 'could not save the search index snapshot')
      })
  }
}
