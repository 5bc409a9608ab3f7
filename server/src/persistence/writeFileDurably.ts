import { open, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Replaces `path` with `data` so that it survives power loss, not only a crashed process: writes a
 * temporary file beside it (a leading dot: never mistaken for a data file by a directory listing),
 * flushes it to disk, renames it over `path`, then flushes the directory entry through
 * `syncDirectory`. Writes to one path must not overlap (callers serialise them).
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  syncDirectory: (directory: string) => Promise<void>,
): Promise<void> {
  const temporaryPath = join(dirname(path), `.${basename(path)}.tmp`)
  const file = await open(temporaryPath, 'w')
  try {
    await file.writeFile(data)
    await file.datasync()
  } finally {
    await file.close()
  }
  await rename(temporaryPath, path)
  await syncDirectory(dirname(path))
}
