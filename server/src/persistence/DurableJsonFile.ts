import { open, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Adapter } from 'lowdb'
import { syncDirectory } from './syncDirectory.ts'

/**
 * A lowdb adapter for a JSON file that survives power loss, not only a crashed process: `write`
 * writes a temporary file, flushes it to disk, renames it over the file, then flushes the directory
 * entry. lowdb's own `JSONFile` renames without flushing, so after a power cut the renamed file may
 * be empty. Writes to one file must not overlap (callers serialise them). `syncDirectory` may
 * share the flush of the directory with other files (see `CoalescedDirectorySync`).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #path: string
  readonly #temporaryPath: string
  readonly #syncDirectory: (path: string) => Promise<void>

  constructor(path: string, options: { syncDirectory?: (path: string) => Promise<void> } = {}) {
    this.#path = path
    this.#syncDirectory = options.syncDirectory ?? syncDirectory
    // A leading dot: never mistaken for a data file by a directory listing.
    this.#temporaryPath = join(dirname(path), `.${basename(path)}.tmp`)
  }

  /** The parsed content, or null when the file does not exist. Throws on invalid JSON. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.#path, 'utf8')
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null
      throw error
    }
    return JSON.parse(text) as T
  }

  async write(data: T): Promise<void> {
    const file = await open(this.#temporaryPath, 'w')
    try {
      await file.writeFile(JSON.stringify(data))
      await file.datasync()
    } finally {
      await file.close()
    }
    await rename(this.#temporaryPath, this.#path)
    await this.#syncDirectory(dirname(this.#path))
  }
}
