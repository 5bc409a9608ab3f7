import {
  appendFile,
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'
import { occupyThreadPool } from './threadPoolTestKit.ts'
import { encodeLogFrame, encodeLogRecord } from './updateLog.ts'

const diagnostic = parseDocumentId('diagnostic-lens')
const ficheAction = parseDocumentId('fiche-action-7')

/** Edits a Y.Doc once per text and returns the update of each edit. */
function recordEdits(doc: Y.Doc, texts: readonly string[]): Uint8Array[] {
  const updates: Uint8Array[] = []
  const collect = (update: Uint8Array): void => {
    updates.push(update)
  }
  doc.on('update', collect)
  for (const text of texts) doc.getText('body').insert(doc.getText('body').length, text)
  doc.off('update', collect)
  return updates
}

/** Loads a document as plain byte arrays (the adapter may answer Buffers, which are Uint8Arrays). */
async function loadBytes(store: LowdbDocumentStore, id: DocumentId): Promise<Uint8Array[]> {
  return (await store.load(id)).updates.map((update) => Uint8Array.from(update))
}

/** A copy of `bytes` with the byte at `index` changed. */
function flipByte(bytes: Buffer, index: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[index] = (copy[index] ?? 0) ^ 0x01
  return copy
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

describe('LowdbDocumentStore', () => {
  let dataDir: string
  let documentsDir: string
  let store: LowdbDocumentStore
  const snapshotPath = (id: string): string => join(documentsDir, `${id}.snapshot`)
  const logPath = (id: string): string => join(documentsDir, `${id}.log`)

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-lowdb-'))
    documentsDir = join(dataDir, 'documents')
    store = new LowdbDocumentStore(dataDir)
  })
  afterEach(async () => {
    await store.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('loads a document never stored as no update', async () => {
    expect(await store.load(diagnostic)).toEqual({ updates: [], stateVector: null })
  })

  it('loads appended updates back in the order they were appended', async () => {
    const updates = recordEdits(new Y.Doc(), ['Constat', ' partagé', ' par le CLPE'])
    for (const update of updates) await store.append(diagnostic, [update])
    expect(await loadBytes(store, diagnostic)).toEqual(updates)
    // A new store on the same directory, as after a restart, reads the same.
    expect(await loadBytes(new LowdbDocumentStore(dataDir), diagnostic)).toEqual(updates)
  })

  it('loads a snapshot and a log without waiting for a busy thread pool', async () => {
    const doc = new Y.Doc()
    const [first, second] = recordEdits(doc, ['Constat', ' partagé'])
    if (first === undefined || second === undefined) throw new Error('two edits expected')
    await store.compact(diagnostic, first, Y.encodeStateVectorFromUpdate(first))
    await store.append(diagnostic, [second])
    // Another document's durable writes, say, hold every thread of the pool.
    const pool = occupyThreadPool()
    const loaded = await loadBytes(store, diagnostic)
    expect(pool.firstDone()).toBe(false)
    expect(textOf(loaded)).toBe('Constat partagé')
    await pool.done
  })

  it('replaces the log by one equivalent update when compacting', async () => {
    const doc = new Y.Doc()
    for (const update of recordEdits(doc, ['Axe 1', ', axe 2', ', axe 3'])) {
      await store.append(diagnostic, [update])
    }
    await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
    const { updates: loaded, stateVector } = await store.load(diagnostic)
    expect(loaded).toHaveLength(1)
    expect(textOf(loaded)).toBe('Axe 1, axe 2, axe 3')
    // The state vector kept with the snapshot spares decoding it at load.
    expect(stateVector).toEqual(Y.encodeStateVector(doc))
    expect((await stat(logPath('diagnostic-lens'))).size).toBe(0)

    const [later] = recordEdits(doc, [', axe 4'])
    if (later === undefined) throw new Error('no update recorded')
    await store.append(diagnostic, [later])
    const { updates: reloaded, stateVector: staleVector } = await store.load(diagnostic)
    expect(reloaded).toHaveLength(2)
    // With updates logged after the snapshot, its state vector no longer describes the document.
    expect(staleVector).toBeNull()
    expect(textOf(reloaded)).toBe('Axe 1, axe 2, axe 3, axe 4')
  })

  it.each([
    ['inside the frame header', 5],
    ['inside the update bytes', 150],
  ])('ignores a torn tail cut %s and keeps later appends readable', async (_where, keptBytes) => {
    const doc = new Y.Doc()
    const [first, second] = recordEdits(doc, ['Réunion du 3 mars', ' : relevé de décisions'])
    const torn = recordEdits(doc, ['x'.repeat(200)])[0]
    const [after] = recordEdits(doc, [' (validé)'])
    if (first === undefined || second === undefined || torn === undefined || after === undefined) {
      throw new Error('no update recorded')
    }
    await store.append(diagnostic, [first])
    await store.append(diagnostic, [second])
    const whole = (await stat(logPath('diagnostic-lens'))).size
    // What a crash in the middle of the third append leaves behind.
    const record = encodeLogFrame([torn])
    expect(record.length).toBeGreaterThan(keptBytes)
    await appendFile(logPath('diagnostic-lens'), record.subarray(0, keptBytes))

    expect(await loadBytes(store, diagnostic)).toEqual([first, second])
    expect((await stat(logPath('diagnostic-lens'))).size).toBe(whole)
    // The bytes cut are kept beside the log: a torn append looks like a damaged last frame.
    const [copy, ...others] = (await readdir(documentsDir)).filter((name) =>
      name.includes('.torn-'),
    )
    expect(others).toEqual([])
    expect(await readFile(join(documentsDir, copy ?? ''))).toEqual(
      Buffer.from(record.subarray(0, keptBytes)),
    )
    await store.append(diagnostic, [after])
    expect(await loadBytes(store, diagnostic)).toEqual([first, second, after])
  })

  it('reads a log written before checked frames, and appends frames after its records', async () => {
    const doc = new Y.Doc()
    const [first, second, third] = recordEdits(doc, ['Ancien', ' format', ' puis nouveau'])
    if (first === undefined || second === undefined || third === undefined) {
      throw new Error('no update recorded')
    }
    await mkdir(documentsDir, { recursive: true })
    await writeFile(
      logPath('diagnostic-lens'),
      Buffer.concat([encodeLogRecord(first), encodeLogRecord(second)]),
    )
    expect(await loadBytes(store, diagnostic)).toEqual([first, second])
    await store.append(diagnostic, [third])
    expect(await loadBytes(store, diagnostic)).toEqual([first, second, third])
  })

  describe('never cuts a log damaged before its end', () => {
    /** A log of three appends whose second frame has one byte changed. */
    const writeDamagedLog = async (): Promise<Buffer> => {
      const doc = new Y.Doc()
      for (const update of recordEdits(doc, ['Constat', ' partagé', ' par le CLPE'])) {
        await store.append(diagnostic, [update])
      }
      const bytes = await readFile(logPath('diagnostic-lens'))
      const firstFrameEnd = encodeLogFrame(recordEdits(new Y.Doc(), ['Constat'])).length
      bytes[firstFrameEnd + 20] = (bytes[firstFrameEnd + 20] ?? 0) ^ 0x10
      await writeFile(logPath('diagnostic-lens'), bytes)
      return bytes
    }

    it('rejects the load with STORE_CORRUPTED naming the file, and leaves it as it is', async () => {
      const damaged = await writeDamagedLog()
      const failure: unknown = await store.load(diagnostic).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(StoreError)
      expect(failure).toMatchObject({
        code: StoreErrorCode.Corrupted,
        documentId: 'diagnostic-lens',
        file: logPath('diagnostic-lens'),
      })
      // Inside the second frame: the first one is whole.
      expect((failure as StoreError).offset).toBeGreaterThan(0)
      expect(await readFile(logPath('diagnostic-lens'))).toEqual(damaged)
    })

    it('keeps one copy of the damaged log beside it, which deleting the document spares', async () => {
      const damaged = await writeDamagedLog()
      await expect(store.load(diagnostic)).rejects.toBeInstanceOf(StoreError)
      await expect(store.load(diagnostic)).rejects.toBeInstanceOf(StoreError)
      const copies = (await readdir(documentsDir)).filter((name) => name.includes('.damaged-'))
      expect(copies).toHaveLength(1)

      await store.delete(diagnostic)
      expect(await readFile(join(documentsDir, copies[0] ?? ''))).toEqual(damaged)
    })
  })

  describe('rejects a corrupt snapshot with STORE_CORRUPTED instead of answering empty', () => {
    const expectCorrupted = async (): Promise<void> => {
      const failure = await store.load(diagnostic).then(
        () => undefined,
        (error: unknown) => error,
      )
      expect(failure).toBeInstanceOf(StoreError)
      expect(failure).toMatchObject({ code: StoreErrorCode.Corrupted })
    }

    it('when it is not a snapshot file', async () => {
      await mkdir(documentsDir, { recursive: true })
      await writeFile(snapshotPath('diagnostic-lens'), '{"schemaVersion":1,"id":"diagn')
      await expectCorrupted()
    })

    it.each([
      ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 7)],
      ['with a byte of its state changed', (bytes: Buffer) => flipByte(bytes, bytes.length - 9)],
      ['with a length changed', (bytes: Buffer) => flipByte(bytes, 'diagnostic-lens'.length + 14)],
      ['of an unknown format version', (bytes: Buffer) => flipByte(bytes, 4)],
    ])('when it is %s, leaving it as it is', async (_how, damage) => {
      const doc = new Y.Doc()
      recordEdits(doc, ['Diagnostic territorial du bassin de Lens'])
      await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      const damaged = damage(await readFile(snapshotPath('diagnostic-lens')))
      await writeFile(snapshotPath('diagnostic-lens'), damaged)

      await expectCorrupted()
      expect(await readFile(snapshotPath('diagnostic-lens'))).toEqual(damaged)
      const copies = (await readdir(documentsDir)).filter((name) => name.includes('.damaged-'))
      expect(copies).toEqual([expect.stringMatching(/^diagnostic-lens\.snapshot\.damaged-/)])
    })

    it('when it holds another document', async () => {
      const doc = new Y.Doc()
      recordEdits(doc, ['Fiche action : atelier CV'])
      // Written by an earlier run: the store under test lists the directory when it opens.
      const earlier = new LowdbDocumentStore(dataDir)
      await earlier.compact(ficheAction, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      await copyFile(snapshotPath('fiche-action-7'), snapshotPath('diagnostic-lens'))
      await expectCorrupted()
    })
  })

  it('lists ids from file names, without reading the files, ignoring temporary files', async () => {
    await mkdir(documentsDir, { recursive: true })
    await writeFile(snapshotPath('snapshot-only'), 'not even a snapshot: list must not read it')
    await writeFile(join(documentsDir, 'legacy-snapshot-only.json'), '')
    await writeFile(logPath('log-only'), Uint8Array.of(0xff))
    await writeFile(snapshotPath('both'), '')
    await writeFile(logPath('both'), '')
    // Reading this one as a file would fail with EISDIR.
    await mkdir(snapshotPath('a-directory'))
    // The atomic writer's temporary file, and files that are no document.
    await writeFile(join(documentsDir, '.in-progress.json.tmp'), '{}')
    await writeFile(join(documentsDir, 'notes.txt'), '')
    await writeFile(join(documentsDir, 'bad id!.json'), '')

    expect((await store.list()).sort()).toEqual([
      'a-directory',
      'both',
      'legacy-snapshot-only',
      'log-only',
      'snapshot-only',
    ])
  })

  it('lists nothing in a new data directory', async () => {
    expect(await store.list()).toEqual([])
  })

  it('deletes both files of a document, and accepts deleting a missing one', async () => {
    const [update] = recordEdits(new Y.Doc(), ['À supprimer'])
    if (update === undefined) throw new Error('no update recorded')
    await store.compact(diagnostic, update, Y.encodeStateVectorFromUpdate(update))
    await store.append(diagnostic, [update])
    expect((await readdir(documentsDir)).sort()).toEqual([
      'diagnostic-lens.log',
      'diagnostic-lens.snapshot',
    ])

    await store.delete(diagnostic)
    expect(await readdir(documentsDir)).toEqual([])
    expect(await store.load(diagnostic)).toEqual({ updates: [], stateVector: null })
    await expect(store.delete(ficheAction)).resolves.toBeUndefined()
  })

  it('deletes a document during its compaction without the snapshot coming back', async () => {
    const [update] = recordEdits(new Y.Doc(), ['Données personnelles'])
    if (update === undefined) throw new Error('no update recorded')
    await store.append(diagnostic, [update])
    const compaction = store.compact(diagnostic, update, Y.encodeStateVectorFromUpdate(update))
    await store.delete(diagnostic)
    await compaction

    expect(await readdir(documentsDir)).toEqual([])
    expect(await store.list()).toEqual([])
  })

  it('stores many new documents at once, each read back alone, before and after a restart', async () => {
    const ids = Array.from({ length: 40 }, (_, n) => parseDocumentId(`nouveau-${n}`))
    const updates = ids.map((id) => recordEdits(new Y.Doc(), [`texte de ${id}`])[0])
    await Promise.all(ids.map((id, n) => store.append(id, [updates[n] ?? Uint8Array.of(0, 0)])))
    const restarted = new LowdbDocumentStore(dataDir)
    for (const id of ids) {
      expect(textOf((await store.load(id)).updates)).toBe(`texte de ${id}`)
      expect(textOf((await restarted.load(id)).updates)).toBe(`texte de ${id}`)
    }
  })

  it('stores a document again after deleting it, without what it held before', async () => {
    const [before] = recordEdits(new Y.Doc(), ['Ancien texte'])
    const [after] = recordEdits(new Y.Doc(), ['Nouveau texte'])
    if (before === undefined || after === undefined) throw new Error('no update recorded')
    await store.compact(diagnostic, before, Y.encodeStateVectorFromUpdate(before))
    await store.delete(diagnostic)
    await store.append(diagnostic, [after])
    expect(textOf((await store.load(diagnostic)).updates)).toBe('Nouveau texte')
    expect(textOf((await new LowdbDocumentStore(dataDir).load(diagnostic)).updates)).toBe(
      'Nouveau texte',
    )
  })

  it('touches only the files of the document it saves', async () => {
    const other = new Y.Doc()
    await store.compact(ficheAction, Y.encodeStateAsUpdate(other), Y.encodeStateVector(other))
    for (const update of recordEdits(other, ['Partenaires', ' : France Travail'])) {
      await store.append(ficheAction, [update])
    }
    const doc = new Y.Doc()
    const [firstEdit] = recordEdits(doc, ['Premier constat'])
    if (firstEdit === undefined) throw new Error('no update recorded')
    await store.append(diagnostic, [firstEdit])
    // Back-date every file, so that any write to one of them shows in its mtime.
    const past = new Date('2020-01-01T00:00:00Z')
    const untouched = ['fiche-action-7.log', 'fiche-action-7.snapshot']
    for (const name of untouched) await utimes(join(documentsDir, name), past, past)
    const before = await Promise.all(
      untouched.map((name) => describeFile(join(documentsDir, name))),
    )

    for (const update of recordEdits(doc, [' ; deuxième', ' ; troisième'])) {
      await store.append(diagnostic, [update])
    }
    await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
    await store.load(diagnostic)

    const after = await Promise.all(untouched.map((name) => describeFile(join(documentsDir, name))))
    expect(after).toEqual(before)
    expect((await stat(snapshotPath('diagnostic-lens'))).mtimeMs).toBeGreaterThan(past.getTime())
    expect(textOf((await store.load(ficheAction)).updates)).toBe('Partenaires : France Travail')
  })

  it('rejects every call with STORE_CLOSED once closed', async () => {
    await store.close()
    await expect(store.load(diagnostic)).rejects.toMatchObject({ code: StoreErrorCode.Closed })
    await expect(store.append(diagnostic, [Uint8Array.of(0, 0)])).rejects.toMatchObject({
      code: StoreErrorCode.Closed,
    })
    await expect(store.list()).rejects.toMatchObject({ code: StoreErrorCode.Closed })
  })
})

/** What would change if a file were rewritten or replaced: inode, size, mtime and content. */
async function describeFile(path: string): Promise<unknown> {
  const stats = await stat(path, { bigint: true })
  return { ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, bytes: await readFile(path) }
}
