import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { syncDirectory } from './syncDirectory.ts'
import { writeFileDurably } from './writeFileDurably.ts'

/**
 * A lowdb adapter for a JSON file that survives power loss, not only a crashed process: `write`
 * writes a temporary file, flushes it to disk, renames it over the file, then flushes the directory
 * entry. lowdb's own `JSONFile` renames without flushing, so after a power cut the renamed file may
 * be empty. Writes to one file must not overlap (callers serialise them). `syncDirectory` may
 * share the flush of the directory with other files (see `CoalescedDirectorySync`).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #path: string
  readonly #syncDirectory: (path: string) => Promise<void>

  constructor(path: string, options: { syncDirectory?: (path: string) => Promise<void> } = {}) {
    this.#path = path
    this.#syncDirectory = options.syncDirectory ?? syncDirectory
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

  write(data: T): Promise<void> {
    return writeFileDurably(this.#path, JSON.stringify(data), this.#syncDirectory)
  }
}
