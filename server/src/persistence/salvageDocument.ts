import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { DocumentId } from '@maillage/protocol'
import { keepCopyAside } from './keepCopyAside.ts'
import { salvageLog, type SkippedBytes } from './salvageLog.ts'
import { syncDirectory } from './syncDirectory.ts'
import { encodeLogFrame } from './updateLog.ts'

/** What {@link salvageDocument} did to one document's files. */
export interface SalvageReport {
  /** Path of the update log. */
  readonly log: string
  /** Updates read from the log and written back. */
  readonly keptUpdates: number
  /** Byte ranges of the log left out (damaged entries, a torn tail); none: nothing was rewritten. */
  readonly skipped: readonly SkippedBytes[]
  /** Copy of the log as it was before being rewritten; null when it was not rewritten. */
  readonly logCopy: string | null
  /** Copies of the snapshots set aside with `withoutSnapshot` (binary and legacy); none otherwise. */
  readonly snapshotCopies: readonly string[]
}

/**
 * Salvages a document whose files the store refuses to load (`STORE_CORRUPTED`): rewrites its
 * update log with every update still readable, before and after the damage (`salvageLog`), after
 * keeping a copy of the log as it was (`<id>.log.damaged-<time>`). With `withoutSnapshot`, the
 * snapshot is set aside the same way (`<id>.snapshot.damaged-<time>`, and `<id>.json.damaged-<time>`
 * for one written before binary snapshots) and removed, so that the document
 * loads from its log alone. Nothing is ever deleted without a copy. Meant for an operator (README:
 * recovering a damaged document), while no server has the document open.
 */
export async function salvageDocument(options: {
  dataDir: string
  documentId: DocumentId
  withoutSnapshot?: boolean
  now?: Date
}): Promise<SalvageReport> {
  const directory = join(options.dataDir, 'documents')
  const now = options.now ?? new Date()
  const log = join(directory, `${options.documentId}.log`)
  const bytes = await readOptional(log)
  const salvaged = salvageLog(bytes ?? new Uint8Array())
  let logCopy: string | null = null
  if (bytes !== null && salvaged.skipped.length > 0) {
    logCopy = await keepCopyAside(log, bytes, { label: 'damaged', now })
    // No update left makes an empty log, not a frame holding nothing.
    const rewritten =
      salvaged.updates.length === 0 ? new Uint8Array() : encodeLogFrame(salvaged.updates)
    await replaceDurably(log, rewritten)
  }
  const snapshotCopies: string[] = []
  for (const extension of options.withoutSnapshot === true ? ['.snapshot', '.json'] : []) {
    const snapshot = join(directory, `${options.documentId}${extension}`)
    const snapshotBytes = await readOptional(snapshot)
    if (snapshotBytes === null) continue
    snapshotCopies.push(await keepCopyAside(snapshot, snapshotBytes, { label: 'damaged', now }))
    await rm(snapshot)
    await syncDirectory(directory)
  }
  return {
    log,
    keptUpdates: salvaged.updates.length,
    skipped: salvaged.skipped,
    logCopy,
    snapshotCopies,
  }
}

/** Writes a temporary file, flushes it, renames it over `path` and flushes the directory. */
async function replaceDurably(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.salvage.tmp`)
  const file = await open(temporary, 'w')
  try {
    await file.writeFile(bytes)
    await file.datasync()
  } finally {
    await file.close()
  }
  await rename(temporary, path)
  await syncDirectory(dirname(path))
}

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null
    throw error
  }
}
