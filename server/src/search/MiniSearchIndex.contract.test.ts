import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import { describeSearchIndexContract } from './describeSearchIndexContract.ts'
import { MiniSearchIndex, type MiniSearchSnapshot } from './MiniSearchIndex.ts'

describeSearchIndexContract('MiniSearchIndex', () =>
  Promise.resolve({ index: MiniSearchIndex.empty(), cleanup: () => Promise.resolve() }),
)

describe('MiniSearchIndex snapshots', () => {
  it('loads back from its snapshot, through JSON, what it had indexed', async () => {
    const index = MiniSearchIndex.empty()
    await index.upsert({
      id: parseDocumentId('doc'),
      type: 'document',
      kind: DocumentKind.Diagnostic,
      spaceId: 'clpe-59-lille',
      title: 'Diagnostic',
      text: 'Les emplois du Pôle',
      updatedAt: '2026-03-01T10:00:00.000Z',
      audience: ['tous'],
      stamp: 's',
    })
    const loaded = MiniSearchIndex.fromSnapshot(
      JSON.parse(JSON.stringify(await index.snapshot())) as MiniSearchSnapshot,
    )
    const hits = await loaded.search({ query: 'pole emploi', audience: ['tous'], limit: 5 })
    expect(hits.map((hit) => hit.id)).toEqual(['doc'])
    expect(loaded.size).toBe(1)
  })

  it('builds MiniSearch again from the entries when it cannot read its saved index', async () => {
    const index = MiniSearchIndex.empty()
    await index.upsert({
      id: parseDocumentId('doc'),
      type: 'document',
      kind: DocumentKind.Diagnostic,
      spaceId: 'clpe-59-lille',
      title: 'Diagnostic',
      text: 'Les emplois du Pôle',
      updatedAt: '2026-03-01T10:00:00.000Z',
      audience: ['tous'],
      stamp: 's',
    })
    const saved = await index.snapshot()
    const loaded = MiniSearchIndex.fromSnapshot({
      entries: saved.entries,
      index: { ...saved.index, serializationVersion: -1 },
    })
    const hits = await loaded.search({ query: 'pole emploi', audience: ['tous'], limit: 5 })
    expect(hits.map((hit) => hit.id)).toEqual(['doc'])
  })

  it('tells its saver of every change', async () => {
    let changes = 0
    const index = MiniSearchIndex.empty(() => {
      changes += 1
    })
    const id = parseDocumentId('doc')
    await index.upsert({
      id,
      type: 'document',
      kind: DocumentKind.Diagnostic,
      spaceId: 's',
      title: 't',
      text: '',
      updatedAt: '2026-03-01T10:00:00.000Z',
      audience: [],
      stamp: 's',
    })
    await index.remove(id)
    expect(changes).toBe(2)
  })
})
