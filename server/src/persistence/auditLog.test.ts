import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileAuditLog, MemoryAuditLog, parseAuditLog } from './auditLog.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { AuditEntry } from './records/AuditEntry.ts'

const entry = (target: string): AuditEntry => ({
  at: '2025-03-01T10:00:00.000Z',
  action: 'document.created',
  actorId: 'account-claire',
  target,
})
const line = (target: string): string => `${JSON.stringify(entry(target))}\n`

describe('parseAuditLog', () => {
  it('reads one entry per line, oldest first', () => {
    expect(parseAuditLog(line('a') + line('b'))).toEqual([entry('a'), entry('b')])
    expect(parseAuditLog('')).toEqual([])
  })

  it('ignores a last line without its newline, torn by a crash', () => {
    expect(parseAuditLog(`${line('a')}{"at":"2025-03-01T1`)).toEqual([entry('a')])
  })

  it('refuses a line that is not JSON before the last one, naming its number', () => {
    const text = `${line('a')}{"at":\n${line('b')}`
    expect(() => parseAuditLog(text)).toThrow(/line 2/)
    expect(() => parseAuditLog(text)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Corrupted }),
    )
  })

  it('refuses a complete line that is JSON but not an audit entry', () => {
    expect(() => parseAuditLog(`${line('a')}{"action":"login.succeeded"}\n`)).toThrow(
      expect.objectContaining({ code: MetadataErrorCode.Corrupted }),
    )
  })
})

describe('FileAuditLog', () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-audit-'))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('lists nothing before the first append and creates its directory on that append', async () => {
    const path = join(directory, 'later', 'audit.jsonl')
    const log = new FileAuditLog(path)
    expect(await log.list()).toEqual([])
    await log.append(entry('a'))
    expect(await readFile(path, 'utf8')).toBe(line('a'))
  })

  it('writes concurrent appends one line each, in call order', async () => {
    const path = join(directory, 'audit.jsonl')
    const log = new FileAuditLog(path)
    const targets = Array.from({ length: 20 }, (_, index) => `document-${index}`)
    await Promise.all(targets.map((target) => log.append(entry(target))))
    expect(await readFile(path, 'utf8')).toBe(targets.map(line).join(''))
  })

  it('cuts a torn last line before its first append, keeping every complete line', async () => {
    const path = join(directory, 'audit.jsonl')
    await writeFile(path, `${line('a')}{"at":"2025-03-01T1`)
    const log = new FileAuditLog(path)
    await log.append(entry('b'))
    expect(await readFile(path, 'utf8')).toBe(line('a') + line('b'))
  })

  it('cuts a torn line longer than one read of the tail', async () => {
    const path = join(directory, 'audit.jsonl')
    await writeFile(path, `${line('a')}{"details":"${'x'.repeat(10_000)}`)
    const log = new FileAuditLog(path)
    await log.append(entry('b'))
    expect(await log.list()).toEqual([entry('a'), entry('b')])
  })

  it('cuts a file holding only a torn line down to nothing', async () => {
    const path = join(directory, 'audit.jsonl')
    await writeFile(path, '{"at":"2025')
    const log = new FileAuditLog(path)
    await log.append(entry('a'))
    expect(await readFile(path, 'utf8')).toBe(line('a'))
  })
})

describe('MemoryAuditLog', () => {
  it('keeps its entries apart from the objects appended and listed', async () => {
    const log = new MemoryAuditLog()
    const appended = entry('a')
    await log.append(appended)
    appended.target = 'changed'
    ;(await log.list()).pop()
    expect(await log.list()).toEqual([entry('a')])
  })
})
