import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, readlink, rm, truncate } from 'node:fs/promises'
import { constants } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_OPEN_LOGS, OpenLogFiles } from './OpenLogFiles.ts'

/** The open flags of this process's descriptor of `path` (Linux: `/proc/self/fdinfo`). */
async function openFlagsOf(path: string): Promise<number> {
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => null)
    if (target !== path) continue
    const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8')
    const flags = /^flags:\s+([0-7]+)$/m.exec(info)?.[1]
    if (flags !== undefined) return parseInt(flags, 8)
  }
  throw new Error(`${path} is not open`)
}

let directory: string
let logs: OpenLogFiles

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'maillage-open-logs-'))
  logs = new OpenLogFiles()
})

afterEach(async () => {
  await logs.closeAll()
  await rm(directory, { recursive: true, force: true })
})

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

describe('OpenLogFiles', () => {
  it('appends to a file it creates, keeping it open between appends', async () => {
    const path = join(directory, 'a.log')
    await logs.append(path, bytes(1, 2))
    await logs.append(path, bytes(3))
    expect(new Uint8Array(await readFile(path))).toEqual(bytes(1, 2, 3))
    expect(logs.size).toBe(1)
  })

  it.skipIf(!existsSync('/proc/self/fdinfo'))(
    'keeps a log open so that each write returns only once it is on disk (O_DSYNC)',
    async () => {
      const path = join(directory, 'a.log')
      await logs.append(path, bytes(1))
      const flags = await openFlagsOf(path)
      expect(flags & constants.O_DSYNC).toBe(constants.O_DSYNC)
      expect(flags & constants.O_APPEND).toBe(constants.O_APPEND)
    },
  )

  it('writes after what a truncation left (compaction empties the log between appends)', async () => {
    const path = join(directory, 'a.log')
    await logs.append(path, bytes(1, 2, 3))
    await truncate(path, 0)
    await logs.append(path, bytes(4))
    expect(new Uint8Array(await readFile(path))).toEqual(bytes(4))
  })

  it('closes a file on release once the append in flight is on disk, and recreates it after', async () => {
    const path = join(directory, 'a.log')
    await logs.append(path, bytes(1))
    const appending = logs.append(path, bytes(2))
    await logs.release(path)
    await appending
    expect(logs.size).toBe(0)
    expect(new Uint8Array(await readFile(path))).toEqual(bytes(1, 2))
    await rm(path)
    await logs.append(path, bytes(3))
    expect(new Uint8Array(await readFile(path))).toEqual(bytes(3))
  })

  it(`keeps at most ${MAX_OPEN_LOGS} files open, appending to the others all the same`, async () => {
    const paths = Array.from({ length: MAX_OPEN_LOGS + 4 }, (_, index) =>
      join(directory, `${index}.log`),
    )
    await Promise.all(paths.map((path, index) => logs.append(path, bytes(index % 256))))
    expect(logs.size).toBe(MAX_OPEN_LOGS)
    const contents = await Promise.all(paths.map((path) => readFile(path)))
    expect(contents.map((content) => [...content])).toEqual(paths.map((_, index) => [index % 256]))
  })

  it('rejects an append whose file cannot be opened, keeping nothing open', async () => {
    const path = join(directory, 'missing', 'a.log')
    await expect(logs.append(path, bytes(1))).rejects.toThrow(/ENOENT/)
    expect(logs.size).toBe(0)
  })
})
