import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import { ErrorCode } from '../errors/AppError.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { DocumentContent } from './DocumentContent.ts'
import { DocumentUnreadableError } from './DocumentUnreadableError.ts'

/** A {@link DocumentContent} made for one test, over an empty store, and how to close it. */
export interface DocumentContentFixture {
  readonly content: DocumentContent
  /** The store the content is saved to: to seed documents and to check what is durable. */
  readonly store: DocumentStore
  /**
   * Edits `id` as a person connected to it would (through any process of the implementation),
   * and leaves that edit unsaved, the person still connected. `apply` runs on the editor's blank
   * Y.Doc, so it writes only what does not depend on existing content (a key of a map). Resolves
   * once the edit has reached the server.
   */
  editUnsaved(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void>
  /** Closes everything the fixture opened. */
  close(): Promise<void>
}

/** The title and `meta` of a document whose updates are `updates`. */
function summarise(updates: readonly Uint8Array[]): { title: string; meta: unknown } {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return { title: doc.getText('title').toString(), meta: doc.getMap('meta').toJSON() }
}

function readSummary(doc: Y.Doc): { title: string; meta: unknown } {
  return { title: doc.getText('title').toString(), meta: doc.getMap('meta').toJSON() }
}

function titled(title: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('title').insert(0, title)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * The behaviour every {@link DocumentContent} implementation must show, as a vitest suite named
 * `name`; `open` makes a new fixture, over an empty store, for each test.
 */
export function describeDocumentContentContract(
  name: string,
  open: () => Promise<DocumentContentFixture>,
): void {
  describe(name, () => {
    let fixture: DocumentContentFixture
    let id: DocumentId

    beforeEach(async () => {
      fixture = await open()
      id = parseDocumentId(crypto.randomUUID())
    })

    afterEach(async () => {
      await fixture.close()
    })

    it('reads a document never stored as an empty document', async () => {
      expect(await fixture.content.read(id, readSummary)).toEqual({ title: '', meta: {} })
    })

    it('reads what is stored', async () => {
      await fixture.store.append(id, [titled('Diagnostic territorial')])
      expect(await fixture.content.read(id, readSummary)).toEqual({
        title: 'Diagnostic territorial',
        meta: {},
      })
    })

    it('reads the edits of the people editing a document before they are saved', async () => {
      await fixture.store.append(id, [titled('Plan')])
      await fixture.editUnsaved(id, (doc) => {
        doc.getMap('meta').set('status', 'en-cours')
      })
      expect(summarise((await fixture.store.load(id)).updates).meta).toEqual({})
      expect(await fixture.content.read(id, readSummary)).toEqual({
        title: 'Plan',
        meta: { status: 'en-cours' },
      })
    })

    it('stores a change before it resolves, and reads it afterwards', async () => {
      await fixture.content.change(id, (doc) => {
        doc.getText('title').insert(0, 'Fiche action')
        doc.getMap('meta').set('kind', 'fiche-action')
      })
      const expected = { title: 'Fiche action', meta: { kind: 'fiche-action' } }
      expect(summarise((await fixture.store.load(id)).updates)).toEqual(expected)
      expect(await fixture.content.read(id, readSummary)).toEqual(expected)
    })

    it('changes a stored document nobody edits on its current content, and stores it', async () => {
      await fixture.store.append(id, [titled('Plan')])
      const seen: string[] = []
      await fixture.content.change(id, (doc) => {
        const title = doc.getText('title')
        seen.push(title.toString())
        title.insert(title.length, ' 2027')
      })
      expect(seen).toEqual(['Plan'])
      expect(summarise((await fixture.store.load(id)).updates).title).toBe('Plan 2027')
    })

    it('changes a document being edited without losing its unsaved edits', async () => {
      await fixture.editUnsaved(id, (doc) => {
        doc.getMap('meta').set('status', 'en-cours')
      })
      await fixture.content.change(id, (doc) => {
        doc.getText('title').insert(0, 'Relu')
      })
      expect(await fixture.content.read(id, readSummary)).toEqual({
        title: 'Relu',
        meta: { status: 'en-cours' },
      })
      expect(summarise((await fixture.store.load(id)).updates).title).toBe('Relu')
    })

    it('rejects a change whose apply throws, with its error', async () => {
      const error = new Error('refused move')
      await expect(
        fixture.content.change(id, () => {
          throw error
        }),
      ).rejects.toBe(error)
    })

    it('refuses to read stored bytes that are no Yjs update, naming the document', async () => {
      await fixture.store.append(id, [new Uint8Array([1, 1, 200, 1, 0, 7, 1, 0, 0])])
      const reading = fixture.content.read(id, readSummary)
      await expect(reading).rejects.toBeInstanceOf(DocumentUnreadableError)
      await expect(reading).rejects.toMatchObject({
        code: ErrorCode.DocumentUnreadable,
        documentId: id,
      })
    })

    it('deletes a document for good, unsaved edits included', async () => {
      await fixture.store.append(id, [titled('Brouillon')])
      await fixture.editUnsaved(id, (doc) => {
        doc.getMap('meta').set('status', 'en-cours')
      })
      await fixture.content.delete(id)
      expect((await fixture.store.load(id)).updates).toEqual([])
      expect(await fixture.content.read(id, readSummary)).toEqual({ title: '', meta: {} })
    })
  })
}
