import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'
import { salvageDocument } from './salvageDocument.ts'
import { StoreErrorCode } from './StoreError.ts'

const diagnostic = parseDocumentId('diagnostic-lens')
const NOW = new Date('2026-03-01T10:00:00.000Z')

/** The update a change of `doc` makes. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined
  const keep = (made: Uint8Array): void => {
    update = made
  }
  doc.on('update', keep)
  change()
  doc.off('update', keep)
  if (update === undefined) throw new Error('the change made no update')
  return update
}

describe('salvageDocument', () => {
  let dataDir: string
  let store: LowdbDocumentStore
  const logPath = join('documents', 'diagnostic-lens.log')

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-salvage-'))
    store = new LowdbDocumentStore(dataDir)
  })
  afterEach(async () => {
    await store.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('rewrites a damaged log with the updates before and after the damage, keeping the original', async () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    const constat = updateOf(alice, () => {
      alice.getText('body').insert(0, 'Constat')
    })
    const partage = updateOf(alice, () => {
      alice.getText('body').insert(7, ' partagé')
    })
    const porteur = updateOf(bob, () => {
      bob.getMap('fields').set('porteur', 'CLPE de Lens')
    })
    for (const update of [constat, partage, porteur]) await store.append(diagnostic, [update])
    const damaged = await readFile(join(dataDir, logPath))
    const inSecondFrame = damaged.length - porteur.length - 20
    damaged[inSecondFrame] = (damaged[inSecondFrame] ?? 0) ^ 0x40
    await writeFile(join(dataDir, logPath), damaged)
    await expect(store.load(diagnostic)).rejects.toMatchObject({ code: StoreErrorCode.Corrupted })

    const report = await salvageDocument({ dataDir, documentId: diagnostic, now: NOW })

    expect(report.keptUpdates).toBe(2)
    expect(report.skipped).toHaveLength(1)
    expect(await readFile(report.logCopy ?? '')).toEqual(damaged)
    const doc = new Y.Doc()
    for (const update of (await store.load(diagnostic)).updates) Y.applyUpdate(doc, update)
    expect(doc.getText('body').toString()).toBe('Constat')
    expect(doc.getMap('fields').get('porteur')).toBe('CLPE de Lens')
    // What was lost comes back from anyone who still holds it (a client re-syncing).
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(alice))
    expect(doc.getText('body').toString()).toBe('Constat partagé')
    // A readable log is left alone.
    expect(await salvageDocument({ dataDir, documentId: diagnostic, now: NOW })).toMatchObject({
      skipped: [],
      logCopy: null,
    })
  })

  it('sets an unreadable snapshot aside on request, so that the log alone loads', async () => {
    const doc = new Y.Doc()
    const first = updateOf(doc, () => {
      doc.getText('body').insert(0, 'Compacté')
    })
    await store.compact(diagnostic, first, Y.encodeStateVectorFromUpdate(first))
    const later = updateOf(doc, () => {
      doc.getMap('fields').set('statut', 'en cours')
    })
    await store.append(diagnostic, [later])
    const snapshotPath = join(dataDir, 'documents', 'diagnostic-lens.snapshot')
    await writeFile(snapshotPath, '{"schemaVersion":1,"id":"diagnostic-le')
    await expect(store.load(diagnostic)).rejects.toMatchObject({ code: StoreErrorCode.Corrupted })

    const report = await salvageDocument({
      dataDir,
      documentId: diagnostic,
      withoutSnapshot: true,
      now: NOW,
    })

    expect(report.snapshotCopies).toHaveLength(1)
    expect(await readFile(report.snapshotCopies[0] ?? '', 'utf8')).toBe(
      '{"schemaVersion":1,"id":"diagnostic-le',
    )
    // The copy the refused load kept already is the one reported, not a second one.
    expect((await readdir(join(dataDir, 'documents'))).sort()).toEqual([
      'diagnostic-lens.log',
      expect.stringMatching(/^diagnostic-lens\.snapshot\.damaged-/),
    ])
    const loaded = (await store.load(diagnostic)).updates
    expect(loaded.map((update) => Uint8Array.from(update))).toEqual([later])
  })
})
