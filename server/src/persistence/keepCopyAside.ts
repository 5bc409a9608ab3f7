import { open, readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { syncDirectory } from './syncDirectory.ts'

/**
 * Durably copies `bytes`, read from `path`, beside it as `<path>.<label>-<time>` (e.g.
 * `abc.log.damaged-2026-03-01T10-00-00-000Z`), unless a copy with the same label and the same
 * bytes is already there; resolves to the copy's path. Never replaces a file: unreadable data is
 * kept for the operator (README: recovering a damaged document), whatever happens to `path` later.
 */
export async function keepCopyAside(
  path: string,
  bytes: Uint8Array,
  options: { label: string; now: Date },
): Promise<string> {
  const directory = dirname(path)
  const prefix = `${basename(path)}.${options.label}-`
  for (const name of await readdir(directory)) {
    if (!name.startsWith(prefix)) continue
    const existing = await readFile(join(directory, name))
    if (Buffer.compare(existing, bytes) === 0) return join(directory, name)
  }
  const copy = join(directory, `${prefix}${options.now.toISOString().replace(/[:.]/g, '-')}`)
  // 'wx': a copy made in the same millisecond is never overwritten; the caller sees the error.
  const file = await open(copy, 'wx')
  try {
    await file.writeFile(bytes)
    await file.datasync()
  } finally {
    await file.close()
  }
  await syncDirectory(directory)
  return copy
}
