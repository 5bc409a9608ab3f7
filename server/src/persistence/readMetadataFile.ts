import { access } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'
import {
  createEmptyMetadataFile,
  parseMetadataFile,
  type MetadataFile,
} from './metadataFileSchema.ts'
import { currentMetadataVersion, type MetadataMigration } from './metadataMigrations.ts'

/**
 * Reads the metadata file at `path` through `adapter`, migrates it in memory and validates it;
 * writes nothing. A missing file is an empty one of the current version. Rejects with
 * `METADATA_CORRUPTED` (not JSON, `null`, wrong shape) or `METADATA_TOO_NEW`, never reading an
 * existing file as empty; other read errors (permissions) are rethrown as they are.
 */
export async function readMetadataFile(
  adapter: Adapter<MetadataFile>,
  file: { path: string; migrations: readonly MetadataMigration[] },
): Promise<MetadataFile> {
  let raw: unknown
  try {
    raw = await adapter.read()
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    throw new MetadataError(MetadataErrorCode.Corrupted, `${file.path} is not JSON`, {
      cause: error,
    })
  }
  if (raw !== null) return parseMetadataFile(raw, file.migrations)
  // lowdb adapters read a file holding `null` as a missing file; only a missing one is empty.
  if (await exists(file.path)) {
    throw new MetadataError(MetadataErrorCode.Corrupted, `${file.path} holds null`)
  }
  return createEmptyMetadataFile(currentMetadataVersion(file.migrations))
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    // The adapter found no file: whatever stops us reaching it now, there is nothing to refuse.
    return false
  }
}
