import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MAX_DOCUMENT_ID_LENGTH, parseDocumentId, type DocumentId } from '@maillage/protocol'
import type { DocumentStore } from './DocumentStore.ts'
import { StoreErrorCode } from './StoreError.ts'

/** An empty store made for one test, and how to close it and free what it holds. */
export interface DocumentStoreFixture {
  readonly store: DocumentStore
  /** Closes the store and frees what the fixture made (files, rows, pools). */
  close(): Promise<void>
}

const diagnostic = parseDocumentId('diagnostic-lens')
const ficheAction = parseDocumentId('fiche-action-7')

/** Edits `doc`'s body once per text, at the end, and returns the update of each edit. */
export function recordEdits(doc: Y.Doc, texts: readonly string[]): Uint8Array[] {
  const updates: Uint8Array[] = []
  const collect = (update: Uint8Array): void => {
    updates.push(update)
  }
  doc.on('update', collect)
  for (const text of texts) doc.getText('body').insert(doc.getText('body').length, text)
  doc.off('update', collect)
  return updates
}

/** The document that `updates` make: its body text and its state vector, comparable with toEqual. */
export function contentOf(updates: readonly Uint8Array[]): {
  body: string
  stateVector: Map<number, number>
} {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return {
    body: doc.getText('body').toString(),
    stateVector: Y.decodeStateVector(Y.encodeStateVector(doc)),
  }
}

/** Plain byte arrays, so that adapters answering Buffers compare equal to Uint8Arrays. */
function plain(updates: readonly Uint8Array[]): Uint8Array[] {
  return updates.map((update) => Uint8Array.from(update))
}

/**
 * The behaviour every {@link DocumentStore} adapter must show, as a vitest suite named `name`.
 * `open` makes a new, empty store for each test. Adapter-specific behaviour (file formats, crash
 * recovery, concurrency across processes) is tested beside each adapter.
 */
export function describeDocumentStoreContract(
  name: string,
  open: () => Promise<DocumentStoreFixture>,
): void {
  describe(`${name} (DocumentStore contract)`, () => {
    let fixture: DocumentStoreFixture
    let store: DocumentStore

    beforeEach(async () => {
      fixture = await open()
      store = fixture.store
    })
    afterEach(async () => {
      await fixture.close()
    })

    it('loads a document never stored as no update and no state vector', async () => {
      expect(await store.load(diagnostic)).toEqual({ updates: [], stateVector: null })
    })

    it('loads appended updates in the order they were appended, several per append included', async () => {
      const updates = recordEdits(new Y.Doc(), ['Constat', ' partagé', ' par', ' le CLPE'])
      await store.append(diagnostic, updates.slice(0, 1))
      await store.append(diagnostic, updates.slice(1, 3))
      await store.append(diagnostic, updates.slice(3))
      const loaded = await store.load(diagnostic)
      expect(plain(loaded.updates)).toEqual(updates)
      expect(loaded.stateVector).toBeNull()
    })

    it('replaces every stored update by the compacted state, kept with its state vector', async () => {
      const doc = new Y.Doc()
      await store.append(diagnostic, recordEdits(doc, ['Axe 1', ', axe 2']))
      await store.append(diagnostic, recordEdits(doc, [', axe 3']))
      const state = Y.encodeStateAsUpdate(doc)
      const stateVector = Y.encodeStateVector(doc)
      await store.compact(diagnostic, state, stateVector)

      const loaded = await store.load(diagnostic)
      expect(loaded.updates).toHaveLength(1)
      expect(contentOf(loaded.updates)).toEqual(contentOf([state]))
      expect(loaded.stateVector).not.toBeNull()
      expect(Y.decodeStateVector(loaded.stateVector ?? new Uint8Array())).toEqual(
        Y.decodeStateVector(stateVector),
      )
    })

    it('loads updates appended after a compaction after the state, without a state vector', async () => {
      const doc = new Y.Doc()
      await store.append(diagnostic, recordEdits(doc, ['Axe 1']))
      await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      const later = recordEdits(doc, [', axe 2'])
      await store.append(diagnostic, later)

      const loaded = await store.load(diagnostic)
      expect(loaded.updates).toHaveLength(2)
      expect(plain(loaded.updates.slice(1))).toEqual(later)
      expect(loaded.stateVector).toBeNull()
      expect(contentOf(loaded.updates).body).toBe('Axe 1, axe 2')
    })

    it('deletes a document and nothing else; deleting a missing one is not an error', async () => {
      const doc = new Y.Doc()
      await store.append(diagnostic, recordEdits(doc, ['Diagnostic']))
      await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      await store.append(diagnostic, recordEdits(doc, [' du territoire']))
      const other = recordEdits(new Y.Doc(), ['Fiche'])
      await store.append(ficheAction, other)

      await store.delete(diagnostic)
      await store.delete(parseDocumentId('never-stored'))
      expect(await store.load(diagnostic)).toEqual({ updates: [], stateVector: null })
      expect(await store.list()).toEqual([ficheAction])
      expect(plain((await store.load(ficheAction)).updates)).toEqual(other)
    })

    it('lists every stored document once, whether appended to, compacted or both', async () => {
      const appended = parseDocumentId('appended-only')
      const compacted = parseDocumentId('compacted-only')
      const both = parseDocumentId('compacted-then-appended')
      const doc = new Y.Doc()
      const [update] = recordEdits(doc, ['x'])
      if (update === undefined) throw new Error('no update recorded')
      await store.append(appended, [update])
      await store.compact(compacted, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      await store.compact(both, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      await store.append(both, recordEdits(doc, ['y']))
      expect((await store.list()).sort()).toEqual([appended, both, compacted].sort())
    })

    it('keeps documents apart whatever allowed characters their ids use', async () => {
      const ids = [
        parseDocumentId('Aa0_.-z'),
        parseDocumentId('aa0_.-z'),
        parseDocumentId('-._'),
        parseDocumentId('_'),
        parseDocumentId('x'.repeat(MAX_DOCUMENT_ID_LENGTH - 1) + '9'),
        parseDocumentId('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-'),
      ]
      for (const [index, id] of ids.entries()) {
        await store.append(id, recordEdits(new Y.Doc(), [`document ${index}`]))
      }
      expect((await store.list()).sort()).toEqual([...ids].sort())
      for (const [index, id] of ids.entries()) {
        expect(contentOf((await store.load(id)).updates).body).toBe(`document ${index}`)
      }
    })

    it('stores and compacts an update of 1 MiB byte for byte', async () => {
      const doc = new Y.Doc()
      const text = randomBytes(768 * 1024).toString('base64')
      const updates = recordEdits(doc, [text])
      expect(updates[0]?.byteLength).toBeGreaterThan(1024 * 1024)
      await store.append(diagnostic, updates)
      const loaded = (await store.load(diagnostic)).updates
      expect(loaded).toHaveLength(1)
      // Compared as Buffers: a deep equality of a million elements takes seconds.
      expect(Buffer.from(loaded[0] ?? []).equals(Buffer.from(updates[0] ?? []))).toBe(true)

      await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
      expect(contentOf((await store.load(diagnostic)).updates).body).toBe(text)
    })

    it('keeps every update of concurrent appends to different documents', async () => {
      const ids = Array.from({ length: 12 }, (_, index) => parseDocumentId(`document-${index}`))
      const expected = new Map<DocumentId, Uint8Array[]>()
      await Promise.all(
        ids.map(async (id, index) => {
          const updates = recordEdits(new Y.Doc(), ['un', ' deux', ' trois', ` ${index}`])
          expected.set(id, updates)
          for (const update of updates) await store.append(id, [update])
        }),
      )
      for (const id of ids) {
        expect(plain((await store.load(id)).updates)).toEqual(expected.get(id))
      }
    })

    it('rejects every call with STORE_CLOSED once closed', async () => {
      await store.close()
      const closed = { code: StoreErrorCode.Closed }
      await expect(store.load(diagnostic)).rejects.toMatchObject(closed)
      await expect(store.append(diagnostic, [new Uint8Array([0, 0])])).rejects.toMatchObject(closed)
      await expect(store.list()).rejects.toMatchObject(closed)
      await expect(store.delete(diagnostic)).rejects.toMatchObject(closed)
    })
  })
}
