import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../errors/AppError.ts'
import { OfficeConverter } from './OfficeConverter.ts'

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return 'resolved'
}

describe('OfficeConverter', () => {
  let directory: string
  /** A stand-in for LibreOffice that takes 30 s, or writes the target file at once. */
  let slow: string
  let quick: string

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-converter-test-'))
    slow = join(directory, 'slow-office')
    await writeFile(slow, '#!/bin/sh\nsleep 30\n')
    quick = join(directory, 'quick-office')
    // Its arguments end with: --outdir <directory> <input>; it writes document.<target> there.
    await writeFile(
      quick,
      '#!/bin/sh\nfor last; do :; done\nout=$(dirname "$last")\nprintf converted > "$out/document.pdf"\n',
    )
    await chmod(slow, 0o755)
    await chmod(quick, 0o755)
  })
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('refuses with EXPORT_CONVERTER_MISSING when LibreOffice is not installed', async () => {
    const converter = new OfficeConverter({ command: join(directory, 'absent-soffice') })
    expect(await codeOf(converter.convert(new Uint8Array([1]), 'pdf'))).toBe(
      'EXPORT_CONVERTER_MISSING',
    )
  })

  it('answers the file the command wrote, and leaves no temporary directory behind', async () => {
    const converter = new OfficeConverter({ command: quick })
    const before = (await readdir(tmpdir())).filter((name) => name.startsWith('maillage-export-'))
    const bytes = await converter.convert(new Uint8Array([1, 2]), 'pdf')
    expect(new TextDecoder().decode(bytes)).toBe('converted')
    const after = (await readdir(tmpdir())).filter((name) => name.startsWith('maillage-export-'))
    expect(after.filter((name) => !before.includes(name))).toEqual([])
  })

  it('kills a conversion that outlasts its timeout (EXPORT_FAILED)', async () => {
    const converter = new OfficeConverter({ command: slow, timeoutMs: 200 })
    const started = Date.now()
    expect(await codeOf(converter.convert(new Uint8Array([1]), 'odt'))).toBe('EXPORT_FAILED')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('runs at most maxRunning at once, queues maxQueued and refuses more with EXPORT_BUSY', async () => {
    const converter = new OfficeConverter({
      command: slow,
      timeoutMs: 500,
      maxRunning: 1,
      maxQueued: 1,
    })
    const running = converter.convert(new Uint8Array([1]), 'pdf')
    const queued = converter.convert(new Uint8Array([1]), 'pdf')
    expect(await codeOf(converter.convert(new Uint8Array([1]), 'pdf'))).toBe('EXPORT_BUSY')
    // The queued one waits for the first to end (killed at its timeout), then has its own turn.
    const started = Date.now()
    expect(await codeOf(running)).toBe('EXPORT_FAILED')
    expect(await codeOf(queued)).toBe('EXPORT_FAILED')
    expect(Date.now() - started).toBeGreaterThanOrEqual(400)
    await converter.close()
    expect(await codeOf(converter.convert(new Uint8Array([1]), 'pdf'))).toBe('EXPORT_BUSY')
  })
})
