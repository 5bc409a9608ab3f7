import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { DocumentIndexer } from './DocumentIndexer.ts'
import { startBackgroundRun, type BackgroundRun } from '../concurrency/BackgroundRun.ts'

/** Documents re-indexed at once by the start-up backfill: a few, so that serving goes on. */
export const BACKFILL_CONCURRENCY = 4

/** The kinds whose records carry a steering digest (`pilotage`). */
const KINDS_WITH_PILOTAGE: readonly DocumentKind[] = [
  DocumentKind.FicheAction,
  DocumentKind.FeuilleDeRoute,
]

/**
 * Re-indexes, in the background, the fiches action and feuilles de route whose record was written
 * before the index kept their steering digest (`pilotage` absent): their content is read through
 * `DocumentContent.read` (never loading a room), {@link BACKFILL_CONCURRENCY} at a time. Logs how
 * many it found and how it ended; never rejects (a failing document is logged and skipped, and
 * tried again at the next start).
 */
export function startPilotageBackfill(options: {
  metadata: MetadataStore
  indexer: DocumentIndexer
  logger: Logger
}): BackgroundRun {
  return startBackgroundRun(
    (isStopped) => runBackfill(options, isStopped),
    (error) => {
      options.logger.error({ err: error }, 'the backfill of the pilotage index stopped')
    },
  )
}

async function runBackfill(
  options: { metadata: MetadataStore; indexer: DocumentIndexer; logger: Logger },
  isStopped: () => boolean,
): Promise<void> {
  const { metadata, indexer, logger } = options
  const pending = await documentsWithoutPilotage(metadata)
  if (pending.length === 0) return
  logger.info({ documents: pending.length }, 'backfilling the pilotage index')
  let indexed = 0
  let failed = 0
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      if (isStopped()) return
      try {
        await indexer.refreshFields(next)
        indexed += 1
      } catch (error) {
        failed += 1
        logger.warn(
          { err: error, documentId: next },
          'could not backfill the pilotage index of a document',
        )
      }
    }
  }
  await Promise.all(Array.from({ length: BACKFILL_CONCURRENCY }, worker))
  logger.info({ indexed, failed, stopped: isStopped() }, 'backfill of the pilotage index ended')
}

async function documentsWithoutPilotage(metadata: MetadataStore): Promise<DocumentId[]> {
  const records = await metadata.listDocumentsOfKinds(KINDS_WITH_PILOTAGE)
  return records.filter((record) => record.pilotage === undefined).map((record) => record.id)
}
