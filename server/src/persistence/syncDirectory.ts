import { open } from 'node:fs/promises'

/** Flushes a directory's entries to disk, so that a file just created or renamed in it survives power loss. */
export async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r')
  try {
    await directory.sync()
  } finally {
    await directory.close()
  }
}
