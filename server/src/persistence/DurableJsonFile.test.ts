import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'

describe('DurableJsonFile', () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-durable-'))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('reads a missing file as null', async () => {
    await expect(new DurableJsonFile(join(directory, 'absent.json')).read()).resolves.toBeNull()
  })

  it('replaces the file with the new content and leaves no temporary file behind', async () => {
    const path = join(directory, 'doc.json')
    await writeFile(path, JSON.stringify({ version: 1 }))
    const file = new DurableJsonFile<{ version: number }>(path)
    await file.write({ version: 2 })
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 2 })
    await expect(file.read()).resolves.toEqual({ version: 2 })
    expect(await readdir(directory)).toEqual(['doc.json'])
  })

  it('rejects a file that is not JSON instead of reading it as empty', async () => {
    const path = join(directory, 'broken.json')
    await writeFile(path, '{"version": ')
    await expect(new DurableJsonFile(path).read()).rejects.toThrow(SyntaxError)
  })
})
