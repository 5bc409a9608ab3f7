import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readStoredFile } from './readStoredFile.ts'
import { occupyThreadPool } from './threadPoolTestKit.ts'

describe('readStoredFile', () => {
  let directory: string
  const bytes = Buffer.from(Array.from({ length: 3000 }, (_, index) => index % 251))

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-read-stored-'))
  })

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('reads a file up to the bound without waiting for the busy thread pool', async () => {
    const path = join(directory, 'small.snapshot')
    await writeFile(path, bytes)
    const pool = occupyThreadPool()
    const read = await readStoredFile(path, bytes.length)
    expect(pool.firstDone()).toBe(false)
    expect(read).toEqual(bytes)
    await pool.done
  })

  it('reads a larger file whole through the thread pool, after the jobs queued before it', async () => {
    const path = join(directory, 'large.snapshot')
    await writeFile(path, bytes)
    const pool = occupyThreadPool()
    const read = await readStoredFile(path, bytes.length - 1)
    expect(pool.firstDone()).toBe(true)
    expect(read).toEqual(bytes)
    await pool.done
  })

  it('reads an empty file as no bytes', async () => {
    const path = join(directory, 'empty.log')
    await writeFile(path, new Uint8Array(0))
    expect(await readStoredFile(path)).toEqual(Buffer.alloc(0))
  })

  it('gives null for a missing file, below and above the bound', async () => {
    const path = join(directory, 'missing.log')
    expect(await readStoredFile(path)).toBeNull()
    expect(await readStoredFile(path, 0)).toBeNull()
  })

  it('rejects with the system error for what is not a file it can read', async () => {
    await expect(readStoredFile(directory)).rejects.toMatchObject({ code: 'EISDIR' })
  })
})
