import { describe, expect, it } from 'vitest'
import { pino } from 'pino'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import { LocalIndexEvents } from '../coordination/LocalIndexEvents.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { documentRecord, lille, space } from '../persistence/metadataFixtures.ts'
import { MiniSearchIndex } from './MiniSearchIndex.ts'
import type { SearchEntry } from './SearchIndex.ts'
import { SearchIndexer } from './SearchIndexer.ts'
import { searchStamp } from './searchStamp.ts'
import { startSearchBackfill } from './startSearchBackfill.ts'

/** Documents' content held in Y.Docs of this test (the store's part is not under test here). */
class HeldContent implements DocumentContent {
  readonly docs = new Map<DocumentId, Y.Doc>()

  hold(id: DocumentId, body: string): void {
    const doc = new Y.Doc()
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(body)])
    doc.getXmlFragment('body').insert(0, [paragraph])
    this.docs.set(id, doc)
  }

  read<T>(id: DocumentId, read: (doc: Y.Doc) => T): Promise<T> {
    return Promise.resolve(read(this.docs.get(id) ?? new Y.Doc()))
  }

  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    const doc = this.docs.get(id) ?? new Y.Doc()
    this.docs.set(id, doc)
    apply(doc)
    return Promise.resolve()
  }

  delete(id: DocumentId): Promise<void> {
    this.docs.delete(id)
    return Promise.resolve()
  }
}

function entryOf(id: DocumentId, text: string, stamp: string): SearchEntry {
  return {
    id,
    type: 'document',
    kind: 'fiche-action',
    spaceId: lille,
    title: 'Mobilité des jeunes',
    text,
    updatedAt: '2025-03-01T10:00:00.000Z',
    audience: ['tous'],
    stamp,
  }
}

describe('startSearchBackfill', () => {
  it('indexes the documents missing or changed since their entry, and removes entries without a record', async () => {
    const metadata = LowdbMetadataStore.inMemory()
    await metadata.createSpace(space())
    const content = new HeldContent()
    const index = MiniSearchIndex.empty()
    const [missing, stale, current, orphan] = ['manquant', 'ancien', 'actuel', 'orphelin'].map(
      (id) => parseDocumentId(id),
    ) as [DocumentId, DocumentId, DocumentId, DocumentId]
    for (const [id, body] of [
      [missing, 'covoiturage'],
      [stale, 'apprentissage'],
      [current, 'alternance'],
    ] as const) {
      await metadata.createDocument(documentRecord({ id }))
      content.hold(id, body)
    }
    const record = await metadata.findDocument(current)
    if (record === null) throw new Error('the record was just created')
    await index.upsert(entryOf(stale, 'texte d’avant', 'une autre époque'))
    // Up to date by its stamp: the backfill leaves it as it is (its text here is not the content's).
    await index.upsert(entryOf(current, 'garde d’enfants', searchStamp(record)))
    await index.upsert(entryOf(orphan, 'supprimé depuis', 'x'))
    const logger = pino({ level: 'silent' })
    const indexer = new SearchIndexer({
      index,
      metadata,
      content,
      events: new LocalIndexEvents(),
      logger,
    })

    await startSearchBackfill({ metadata, index, indexer, logger }).done

    const found = async (query: string) =>
      (await index.search({ query, audience: ['tous'], limit: 10 })).map((hit) => hit.id)
    expect(await found('covoiturage')).toEqual([missing])
    expect(await found('apprentissage')).toEqual([stale])
    expect(await found('garde')).toEqual([current])
    expect(await found('alternance')).toEqual([])
    expect([...(await index.stamps()).keys()].sort()).toEqual([stale, current, missing].sort())
  })
})
