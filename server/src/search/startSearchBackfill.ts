import type { Logger } from 'pino'
import { DocumentKind } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { SearchIndex } from './SearchIndex.ts'
import type { SearchIndexer } from './SearchIndexer.ts'
import { searchStamp } from './searchStamp.ts'
import { startBackgroundRun, type BackgroundRun } from '../concurrency/BackgroundRun.ts'

/** Documents indexed at once by the start-up backfill: a few, so that serving goes on. */
export const SEARCH_BACKFILL_CONCURRENCY = 4

/**
 * Brings the search index up to the records, in the background: documents missing from it, or
 * whose record changed since their entry was made (`searchStamp`: an index snapshot older than
 * the data, a change missed while the server was down), are indexed from their stored content,
 * {@link SEARCH_BACKFILL_CONCURRENCY} at a time; entries without a record are removed. Logs what
 * it found and how it ended; never rejects (a failing document is logged, and tried again at the
 * next start).
 */
export function startSearchBackfill(options: {
  metadata: MetadataStore
  index: SearchIndex
  indexer: SearchIndexer
  logger: Logger
}): BackgroundRun {
  return startBackgroundRun(
    (isStopped) => runBackfill(options, isStopped),
    (error) => {
      options.logger.error({ err: error }, 'the backfill of the search index stopped')
    },
  )
}

async function runBackfill(
  options: { metadata: MetadataStore; index: SearchIndex; indexer: SearchIndexer; logger: Logger },
  isStopped: () => boolean,
): Promise<void> {
  const { metadata, index, indexer, logger } = options
  const [records, stamps] = await Promise.all([
    metadata.listDocumentsOfKinds(Object.values(DocumentKind)),
    index.stamps(),
  ])
  const known = new Set(records.map((record) => record.id))
  const orphans = [...stamps.keys()].filter((id) => !known.has(id))
  for (const id of orphans) await index.remove(id)
  const pending = records
    .filter((record) => stamps.get(record.id) !== searchStamp(record))
    .map((record) => record.id)
  if (pending.length === 0 && orphans.length === 0) return
  logger.info(
    { documents: pending.length, removed: orphans.length },
    'backfilling the search index',
  )
  let indexed = 0
  let failed = 0
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      if (isStopped()) return
      try {
        await indexer.index(next)
        indexed += 1
      } catch (error) {
        failed += 1
        logger.warn({ err: error, documentId: next }, 'could not index a document for the search')
      }
    }
  }
  await Promise.all(Array.from({ length: SEARCH_BACKFILL_CONCURRENCY }, worker))
  logger.info({ indexed, failed, stopped: isStopped() }, 'backfill of the search index ended')
}
