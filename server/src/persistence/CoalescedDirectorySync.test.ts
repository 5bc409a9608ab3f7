import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readlink, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CoalescedDirectorySync } from './CoalescedDirectorySync.ts'

/** How many descriptors of this process are open on `path` (Linux: `/proc/self/fd`). */
async function descriptorsOf(path: string): Promise<number> {
  let count = 0
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => null)
    if (target === path) count += 1
  }
  return count
}

describe('CoalescedDirectorySync', () => {
  let root: string
  let sync: CoalescedDirectorySync
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'maillage-dirsync-'))
    sync = new CoalescedDirectorySync(root)
  })
  afterEach(async () => {
    await sync.close()
    await rm(root, { recursive: true, force: true })
  })

  it('answers every caller of a burst, those arriving during a flush included', async () => {
    const calls: Promise<void>[] = []
    for (let n = 0; n < 20; n += 1) {
      await writeFile(join(root, `fichier-${n}`), 'x')
      calls.push(sync.sync())
    }
    await expect(Promise.all(calls)).resolves.toHaveLength(20)
    expect(await readdir(root)).toHaveLength(20)
    await expect(sync.sync()).resolves.toBeUndefined()
  })

  it('gives the callers of a burst one flush, started after the last of them', async () => {
    const calls = Array.from({ length: 20 }, () => sync.sync())
    await Promise.all(calls)
    expect(sync.flushes).toBe(1)
    await sync.sync()
    expect(sync.flushes).toBe(2)
  })

  it('rejects the callers of a failed flush, and flushes again on the next call', async () => {
    const directory = join(root, 'documents')
    const missing = new CoalescedDirectorySync(directory)
    const first = missing.sync()
    const during = missing.sync()
    await expect(first).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(during).rejects.toMatchObject({ code: 'ENOENT' })
    await mkdir(directory)
    await expect(missing.sync()).resolves.toBeUndefined()
    await missing.close()
  })

  it.skipIf(!existsSync('/proc/self/fd'))(
    'keeps the directory open between flushes, and closes it on close',
    async () => {
      await sync.sync()
      await sync.sync()
      expect(await descriptorsOf(root)).toBe(1)
      await sync.close()
      expect(await descriptorsOf(root)).toBe(0)
      // Still answered after close, by a flush that opens and closes the directory itself.
      await expect(sync.sync()).resolves.toBeUndefined()
      expect(await descriptorsOf(root)).toBe(0)
    },
  )
})
