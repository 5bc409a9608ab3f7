import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import type { VersionRecord } from './VersionRecord.ts'
import type { VersionStore } from './VersionStore.ts'

/** A version record of `documentId` made at `createdAt`, with defaults for the rest. */
export function versionRecordOf(
  documentId: DocumentId,
  createdAt: string,
  overrides: Partial<VersionRecord> = {},
): VersionRecord {
  return {
    id: randomUUID(),
    documentId,
    kind: 'automatique',
    createdAt,
    createdBy: 'account-1',
    authors: [{ id: 'account-1' }],
    fingerprint: 'a'.repeat(64),
    ...overrides,
  }
}

/**
 * The contract every {@link VersionStore} adapter passes: `open` gives a store to test (empty or
 * not: each test uses documents of its own) and is closed by the suite.
 */
export function describeVersionStoreContract(
  name: string,
  open: () => Promise<VersionStore>,
): void {
  describe(`${name} (version store contract)`, () => {
    function documentOf(label: string): DocumentId {
      return parseDocumentId(`${label}-${randomUUID()}`)
    }

    it('lists nothing for a document without history', async () => {
      const store = await open()
      const documentId = documentOf('empty')
      expect(await store.list(documentId)).toEqual([])
      expect(await store.latest(documentId)).toBeNull()
      expect(await store.find(documentId, randomUUID())).toBeNull()
      expect(await store.loadState(documentId, randomUUID())).toBeNull()
      await store.close()
    })

    it('keeps each version with its state and lists them newest first', async () => {
      const store = await open()
      const documentId = documentOf('avis')
      const first = versionRecordOf(documentId, '2026-12-01T10:00:00.000Z')
      const named = versionRecordOf(documentId, '2026-12-01T11:00:00.000Z', {
        kind: 'nommee',
        name: 'Version soumise au bureau',
        authors: [{ id: 'account-1' }, { id: 'serveur', name: 'Maillage' }],
      })
      await store.add(first, new Uint8Array([1, 2, 3]))
      await store.add(named, new Uint8Array([4, 5]))
      expect(await store.list(documentId)).toEqual([named, first])
      expect(await store.latest(documentId)).toEqual(named)
      expect(await store.find(documentId, first.id)).toEqual(first)
      expect(await store.loadState(documentId, first.id)).toEqual(new Uint8Array([1, 2, 3]))
      expect(await store.loadState(documentId, named.id)).toEqual(new Uint8Array([4, 5]))
      await store.close()
    })

    it('orders versions of the same millisecond by the order they were added, last first', async () => {
      const store = await open()
      const documentId = documentOf('restauration')
      const at = '2026-12-01T10:00:00.000Z'
      const before = versionRecordOf(documentId, at, { name: undefined })
      const after = versionRecordOf(documentId, at, { kind: 'nommee', name: 'Restauration' })
      await store.add(before, new Uint8Array([1]))
      await store.add(after, new Uint8Array([2]))
      expect((await store.list(documentId)).map((record) => record.id)).toEqual([
        after.id,
        before.id,
      ])
      await store.close()
    })

    it('never answers a version of one document for another', async () => {
      const store = await open()
      const mine = documentOf('mine')
      const other = documentOf('other')
      const record = versionRecordOf(mine, '2026-12-01T10:00:00.000Z')
      await store.add(record, new Uint8Array([9]))
      expect(await store.find(other, record.id)).toBeNull()
      expect(await store.loadState(other, record.id)).toBeNull()
      expect(await store.list(other)).toEqual([])
      expect(await store.find(mine, 'not-a-version')).toBeNull()
      await store.close()
    })

    it('removes every version of a document deleted for good, and only those', async () => {
      const store = await open()
      const deleted = documentOf('deleted')
      const kept = documentOf('kept')
      const gone = versionRecordOf(deleted, '2026-12-01T10:00:00.000Z')
      const stays = versionRecordOf(kept, '2026-12-01T10:00:00.000Z')
      await store.add(gone, new Uint8Array([1]))
      await store.add(stays, new Uint8Array([2]))
      await store.deleteDocument(deleted)
      await store.deleteDocument(documentOf('never-versioned'))
      expect(await store.list(deleted)).toEqual([])
      expect(await store.loadState(deleted, gone.id)).toBeNull()
      expect(await store.list(kept)).toEqual([stays])
      await store.close()
    })

    it('refuses a record that does not match the schema', async () => {
      const store = await open()
      const documentId = documentOf('bad')
      const record = versionRecordOf(documentId, '2026-12-01T10:00:00.000Z', {
        name: 'x'.repeat(121),
      })
      await expect(store.add(record, new Uint8Array([1]))).rejects.toThrow()
      expect(await store.list(documentId)).toEqual([])
      await store.close()
    })
  })
}
