import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CoalescedDirectorySync } from './CoalescedDirectorySync.ts'

describe('CoalescedDirectorySync', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'maillage-dirsync-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('answers every caller of a burst, those arriving during a flush included', async () => {
    const sync = new CoalescedDirectorySync(root)
    const calls: Promise<void>[] = []
    for (let n = 0; n < 20; n += 1) {
      await writeFile(join(root, `fichier-${n}`), 'x')
      calls.push(sync.sync())
    }
    await expect(Promise.all(calls)).resolves.toHaveLength(20)
    expect(await readdir(root)).toHaveLength(20)
    await expect(sync.sync()).resolves.toBeUndefined()
  })

  it('rejects the callers of a failed flush, and flushes again on the next call', async () => {
    const directory = join(root, 'documents')
    const sync = new CoalescedDirectorySync(directory)
    const first = sync.sync()
    const during = sync.sync()
    await expect(first).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(during).rejects.toMatchObject({ code: 'ENOENT' })
    await mkdir(directory)
    await expect(sync.sync()).resolves.toBeUndefined()
  })
})
