import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { versionRecordOf } from './describeVersionStoreContract.ts'
import { MemoryVersionStore } from './MemoryVersionStore.ts'
import { VersionedDocumentContent } from './VersionedDocumentContent.ts'
import { MemoryDocumentContent } from './versionTestKit.ts'

describe('VersionedDocumentContent', () => {
  it('deletes the versions of a document deleted for good, with its content', async () => {
    const deleted = parseDocumentId('avis-supprime')
    const kept = parseDocumentId('avis-garde')
    const versions = new MemoryVersionStore()
    const inner = new MemoryDocumentContent()
    const content = new VersionedDocumentContent(inner, versions)
    await content.change(deleted, (doc) => {
      doc.getText('title').insert(0, 'Avis')
    })
    await versions.add(versionRecordOf(deleted, '2026-12-07T09:00:00.000Z'), new Uint8Array([1]))
    await versions.add(versionRecordOf(kept, '2026-12-07T09:00:00.000Z'), new Uint8Array([2]))

    await content.delete(deleted)
    expect(await versions.list(deleted)).toEqual([])
    expect(await versions.list(kept)).toHaveLength(1)
    expect(await content.read(deleted, (doc) => doc.getText('title').toString())).toBe('')
  })
})
