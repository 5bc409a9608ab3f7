import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'
import { StoreError, StoreErrorCode } from './StoreError.ts'

const diagnostic = parseDocumentId('diagnostic-lens')

function docWithText(text: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return doc
}

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('body').toString()
}

/** A snapshot as the store wrote it before binary snapshot files (`<id>.json`). */
function legacySnapshotOf(id: string, doc: Y.Doc): Record<string, unknown> {
  const state = Y.encodeStateAsUpdate(doc)
  return {
    schemaVersion: 1,
    id,
    state: Buffer.from(state).toString('base64'),
    stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    stateCrc32: crc32(state),
    compactedAt: '2026-11-02T09:30:00.000Z',
  }
}

describe('LowdbDocumentStore with snapshots written before binary snapshot files', () => {
  let dataDir: string
  let documentsDir: string
  let store: LowdbDocumentStore
  const legacyPath = (id: string): string => join(documentsDir, `${id}.json`)
  const writeLegacy = async (snapshot: Record<string, unknown>): Promise<void> => {
    await mkdir(documentsDir, { recursive: true })
    await writeFile(legacyPath('diagnostic-lens'), JSON.stringify(snapshot))
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-lowdb-legacy-'))
    documentsDir = join(dataDir, 'documents')
    store = new LowdbDocumentStore(dataDir)
  })
  afterEach(async () => {
    await store.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('loads a legacy snapshot with its state vector, then the updates logged after it', async () => {
    const doc = docWithText('Diagnostic')
    await writeLegacy(legacySnapshotOf('diagnostic-lens', doc))
    const loaded = await store.load(diagnostic)
    expect(textOf(loaded.updates)).toBe('Diagnostic')
    expect(loaded.stateVector).toEqual(Y.encodeStateVector(doc))

    const later: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => later.push(update))
    doc.getText('body').insert(10, ' territorial')
    await store.append(diagnostic, later)
    expect(textOf((await store.load(diagnostic)).updates)).toBe('Diagnostic territorial')
  })

  it('replaces it by a binary snapshot at the next compaction', async () => {
    const doc = docWithText('Plan d’action')
    await writeLegacy(legacySnapshotOf('diagnostic-lens', doc))
    await store.load(diagnostic)
    doc.getText('body').insert(doc.getText('body').length, ' 2027')
    await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))

    expect((await readdir(documentsDir)).sort()).toEqual(['diagnostic-lens.snapshot'])
    const restarted = new LowdbDocumentStore(dataDir)
    expect(textOf((await restarted.load(diagnostic)).updates)).toBe('Plan d’action 2027')
    await restarted.close()
  })

  it('reads the binary snapshot when a crash left the legacy one beside it', async () => {
    const older = docWithText('Version ancienne')
    const newer = docWithText('Version compactée')
    const earlier = new LowdbDocumentStore(dataDir)
    await earlier.compact(diagnostic, Y.encodeStateAsUpdate(newer), Y.encodeStateVector(newer))
    await earlier.close()
    await writeLegacy(legacySnapshotOf('diagnostic-lens', older))
    expect(textOf((await store.load(diagnostic)).updates)).toBe('Version compactée')
  })

  it('still reads it after a compaction that failed before writing the binary snapshot', async () => {
    const doc = docWithText('Diagnostic')
    await writeLegacy(legacySnapshotOf('diagnostic-lens', doc))
    const logged: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => logged.push(update))
    doc.getText('body').insert(10, ' partagé')
    await store.append(diagnostic, logged)
    // The temporary file cannot be made (a directory has its name): the compaction fails.
    await mkdir(join(documentsDir, '.diagnostic-lens.snapshot.tmp'))
    const compaction = store.compact(
      diagnostic,
      Y.encodeStateAsUpdate(doc),
      Y.encodeStateVector(doc),
    )
    await expect(compaction).rejects.toThrow()

    expect(textOf((await store.load(diagnostic)).updates)).toBe('Diagnostic partagé')
  })

  it('deletes it with the document', async () => {
    await writeLegacy(legacySnapshotOf('diagnostic-lens', docWithText('À supprimer')))
    await store.delete(diagnostic)
    expect(await readdir(documentsDir)).toEqual([])
    expect(await store.load(diagnostic)).toEqual({ updates: [], stateVector: null })
  })

  describe('rejects a corrupt one with STORE_CORRUPTED instead of answering empty', () => {
    const expectCorrupted = async (): Promise<void> => {
      const failure = await store.load(diagnostic).then(
        () => undefined,
        (error: unknown) => error,
      )
      expect(failure).toBeInstanceOf(StoreError)
      expect(failure).toMatchObject({ code: StoreErrorCode.Corrupted })
    }
    const valid = (): Record<string, unknown> =>
      legacySnapshotOf('diagnostic-lens', docWithText('Diagnostic territorial du bassin de Lens'))

    it('when it is not JSON', async () => {
      await mkdir(documentsDir, { recursive: true })
      await writeFile(legacyPath('diagnostic-lens'), '{"schemaVersion":1,"id":"diagn')
      await expectCorrupted()
    })

    it('when it does not match the schema', async () => {
      await writeLegacy({ ...valid(), schemaVersion: 2 })
      await expectCorrupted()
    })

    it('when its state fails its checksum, leaving it as it is', async () => {
      const snapshot = valid()
      const state = Buffer.from(String(snapshot.state), 'base64')
      state[state.length - 3] = (state[state.length - 3] ?? 0) ^ 0x01
      const damaged = JSON.stringify({ ...snapshot, state: state.toString('base64') })
      await mkdir(documentsDir, { recursive: true })
      await writeFile(legacyPath('diagnostic-lens'), damaged)

      await expectCorrupted()
      expect(await readFile(legacyPath('diagnostic-lens'), 'utf8')).toBe(damaged)
      const copies = (await readdir(documentsDir)).filter((name) => name.includes('.damaged-'))
      expect(copies).toEqual([expect.stringMatching(/^diagnostic-lens\.json\.damaged-/)])
    })

    it.each([
      ['with its checksum', true],
      ['in an older snapshot without a checksum', false],
    ])('when its state is not base64 %s', async (_which, withChecksum) => {
      const snapshot = valid()
      const text = String(snapshot.state)
      const state = `${text.slice(0, 8)}*${text.slice(9)}`
      await writeLegacy(
        withChecksum ? { ...snapshot, state } : { ...snapshot, state, stateCrc32: undefined },
      )
      await expectCorrupted()
    })

    it('when it holds another document', async () => {
      await writeLegacy({ ...valid(), id: 'fiche-action-7' })
      await expectCorrupted()
    })
  })
})
