import { mkdir, open, readFile, rename } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'
import { auditEntrySchema, type AuditEntry } from './records/AuditEntry.ts'
import { syncDirectory } from './syncDirectory.ts'

/** How many bytes are read at a time when looking back for the end of the last complete line. */
const TAIL_CHUNK_BYTES = 4096

/** Where the audit trail is kept. Entries are validated by the caller before `append`. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>
  /** Every entry, oldest first; `METADATA_CORRUPTED` if a complete line is not a valid entry. */
  list(): Promise<AuditEntry[]>
  /** Resolves when no append is pending. */
  settle(): Promise<void>
  /**
   * Deletes the entries whose `at` is before `before` (ISO date, validated by the caller): the
   * retention period of the trail. Resolves to how many there were.
   */
  prune(before: string): Promise<number>
}

/** An {@link AuditLog} kept in an array, for tests. */
export class MemoryAuditLog implements AuditLog {
  #entries: AuditEntry[] = []

  append(entry: AuditEntry): Promise<void> {
    this.#entries.push(structuredClone(entry))
    return Promise.resolve()
  }

  list(): Promise<AuditEntry[]> {
    return Promise.resolve(structuredClone(this.#entries))
  }

  settle(): Promise<void> {
    return Promise.resolve()
  }

  prune(before: string): Promise<number> {
    const kept = this.#entries.filter((entry) => !isBefore(entry, before))
    const pruned = this.#entries.length - kept.length
    this.#entries = kept
    return Promise.resolve(pruned)
  }
}

/**
 * The audit entries of a transaction: held until {@link flush} appends them to `base` (after the
 * commit), listed after `base`'s entries meanwhile, dropped if the transaction is.
 */
export class PendingAuditLog implements AuditLog {
  readonly #base: AuditLog
  readonly #pending: AuditEntry[] = []

  constructor(base: AuditLog) {
    this.#base = base
  }

  append(entry: AuditEntry): Promise<void> {
    this.#pending.push(structuredClone(entry))
    return Promise.resolve()
  }

  async list(): Promise<AuditEntry[]> {
    return [...(await this.#base.list()), ...structuredClone(this.#pending)]
  }

  settle(): Promise<void> {
    return this.#base.settle()
  }

  /** Prunes the trail itself, at once: a retention period is not part of a transaction. */
  prune(before: string): Promise<number> {
    return this.#base.prune(before)
  }

  /** Appends the held entries to `base`, in order. */
  async flush(): Promise<void> {
    for (const entry of this.#pending.splice(0)) await this.#base.append(entry)
  }
}

/**
 * An {@link AuditLog} in a JSON Lines file, only ever appended to: each entry is one line, flushed
 * to disk (`fdatasync`) before `append` resolves. A crash mid-append leaves a torn last line, which
 * `list` ignores and the first append of this process cuts off, so that later lines stay readable;
 * it was never acknowledged. Appends run one at a time, in call order.
 */
export class FileAuditLog implements AuditLog {
  readonly #path: string
  #tail: Promise<void> = Promise.resolve()
  #prepared = false

  /** `path`'s directory is created on the first append; nothing is read before. */
  constructor(path: string) {
    this.#path = path
  }

  append(entry: AuditEntry): Promise<void> {
    const appended = this.#tail.then(() => this.#append(entry))
    this.#tail = appended.then(ignore, ignore)
    return appended
  }

  async list(): Promise<AuditEntry[]> {
    await this.#tail
    return this.#read()
  }

  settle(): Promise<void> {
    return this.#tail
  }

  /**
   * Rewrites the file without the entries dated before `before`: written whole to a new file,
   * flushed, then renamed over the trail, so that a crash leaves the old trail or the new one.
   * Runs in turn with the appends. Only one process writes the embedded store's files.
   */
  prune(before: string): Promise<number> {
    const pruned = this.#tail.then(() => this.#prune(before))
    this.#tail = pruned.then(ignore, ignore)
    return pruned
  }

  async #prune(before: string): Promise<number> {
    const entries = await this.#read()
    const kept = entries.filter((entry) => !isBefore(entry, before))
    if (kept.length === entries.length) return 0
    const next = `${this.#path}.retention`
    const file = await open(next, 'w')
    try {
      await file.writeFile(kept.map((entry) => `${JSON.stringify(entry)}\n`).join(''))
      await file.datasync()
    } finally {
      await file.close()
    }
    await rename(next, this.#path)
    await syncDirectory(dirname(this.#path))
    // The new file ends with a complete line: nothing to cut before the next append.
    this.#prepared = true
    return entries.length - kept.length
  }

  async #read(): Promise<AuditEntry[]> {
    let text: string
    try {
      text = await readFile(this.#path, 'utf8')
    } catch (error) {
      if (isMissingFile(error)) return []
      throw error
    }
    return parseAuditLog(text)
  }

  async #append(entry: AuditEntry): Promise<void> {
    if (!this.#prepared) {
      await mkdir(dirname(this.#path), { recursive: true })
      await cutTornLine(this.#path)
      this.#prepared = true
    }
    try {
      await appendLine(this.#path, `${JSON.stringify(entry)}\n`)
    } catch (error) {
      // A failed append (a full disk) may have left part of its line: cut it before the next one.
      this.#prepared = false
      throw error
    }
  }
}

async function appendLine(path: string, line: string): Promise<void> {
  const file = await open(path, 'a')
  let created: boolean
  try {
    await file.appendFile(line)
    await file.datasync()
    created = (await file.stat()).size === Buffer.byteLength(line)
  } finally {
    await file.close()
  }
  // A new file's directory entry must reach the disk too, or a power cut could drop the file.
  if (created) await syncDirectory(dirname(path))
}

/**
 * Reads the text of an audit file: one JSON entry per line, each ending with `\n`. A last line
 * without its `\n` is torn (a crash mid-append) and ignored; any other line that is not a valid
 * entry throws `METADATA_CORRUPTED` naming its number.
 */
export function parseAuditLog(text: string): AuditEntry[] {
  const lines = text.split('\n')
  // After the last '\n': empty, or the torn line of an interrupted append.
  lines.pop()
  return lines.map((line, index) => {
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      throw corruptedLine(index, 'is not JSON', error)
    }
    const result = auditEntrySchema.safeParse(parsed)
    if (!result.success)
      throw corruptedLine(index, `is not an audit entry: ${z.prettifyError(result.error)}`)
    return result.data
  })
}

/** Truncates the file after its last `\n`, if anything follows; a missing file stays missing. */
async function cutTornLine(path: string): Promise<void> {
  let file: FileHandle
  try {
    file = await open(path, 'r+')
  } catch (error) {
    if (isMissingFile(error)) return
    throw error
  }
  try {
    const size = (await file.stat()).size
    const end = await findEndOfLastLine(file, size)
    if (end < size) {
      await file.truncate(end)
      await file.datasync()
    }
  } finally {
    await file.close()
  }
}

/** Offset just after the last `\n` of the file's first `size` bytes, or 0 if there is none. */
async function findEndOfLastLine(file: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(TAIL_CHUNK_BYTES)
  let end = size
  while (end > 0) {
    const start = Math.max(0, end - TAIL_CHUNK_BYTES)
    const { bytesRead } = await file.read(chunk, 0, end - start, start)
    const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a)
    if (newline !== -1) return start + newline + 1
    end = start
  }
  return 0
}

function corruptedLine(index: number, problem: string, cause?: unknown): MetadataError {
  return new MetadataError(MetadataErrorCode.Corrupted, `audit line ${index + 1} ${problem}`, {
    cause,
  })
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT'
}

function isBefore(entry: AuditEntry, before: string): boolean {
  return Date.parse(entry.at) < Date.parse(before)
}

function ignore(): void {
  // The caller of `append` receives its outcome; the next append runs whatever it was.
}
