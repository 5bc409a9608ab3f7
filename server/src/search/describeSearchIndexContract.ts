import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import type { PassageSegment, SearchEntry, SearchIndex } from './SearchIndex.ts'
import { SearchResultType } from './searchResultType.ts'

/** An index to test, and how to dispose of it. */
export interface SearchIndexFixture {
  readonly index: SearchIndex
  cleanup(): Promise<void>
}

const EVERYONE = ['tous']

function entry(id: string, overrides: Partial<SearchEntry> = {}): SearchEntry {
  return {
    id: parseDocumentId(id),
    type: SearchResultType.Document,
    kind: DocumentKind.Diagnostic,
    spaceId: 'clpe-59-lille',
    title: 'Document',
    text: '',
    updatedAt: '2026-03-01T10:00:00.000Z',
    audience: EVERYONE,
    stamp: 's1',
    ...overrides,
  }
}

function marked(segments: readonly PassageSegment[] | undefined): string[] {
  return (segments ?? []).filter((segment) => segment.match).map((segment) => segment.text)
}

/**
 * The contract every {@link SearchIndex} adapter passes: French matching (case, accents,
 * plurals, stems, stop words), every word required, title first, audience, passages, replacement
 * and removal. `open` gives a new empty index for each test.
 */
export function describeSearchIndexContract(
  name: string,
  open: () => Promise<SearchIndexFixture>,
): void {
  describe(`${name} (SearchIndex contract)`, () => {
    let fixture: SearchIndexFixture
    let index: SearchIndex
    beforeEach(async () => {
      fixture = await open()
      index = fixture.index
    })
    afterEach(async () => {
      await fixture.cleanup()
    })

    const ids = async (query: string, audience: readonly string[] = EVERYONE) =>
      (await index.search({ query, audience, limit: 100 })).map((hit) => hit.id)

    it('finds a singular with its plural and a plural with its singular (« emplois » / « emploi »)', async () => {
      await index.upsert(entry('singulier', { text: 'Le retour à l’emploi des jeunes.' }))
      await index.upsert(entry('pluriel', { text: 'Deux cents emplois créés à Roubaix.' }))
      expect((await ids('emplois')).sort()).toEqual(['pluriel', 'singulier'])
      expect((await ids('emploi')).sort()).toEqual(['pluriel', 'singulier'])
    })

    it('folds accents and case (« Pole » and « PÔLE » find « Pôle »)', async () => {
      await index.upsert(entry('pole', { title: 'Réunion du Pôle insertion' }))
      expect(await ids('Pole')).toEqual(['pole'])
      expect(await ids('PÔLE')).toEqual(['pole'])
      expect(await ids('reunion')).toEqual(['pole'])
    })

    it('stems French words (« formations » finds « formation », « mobilités » finds « mobilité »)', async () => {
      await index.upsert(entry('a', { text: 'Une formation qualifiante sur la mobilité.' }))
      expect(await ids('formations')).toEqual(['a'])
      expect(await ids('mobilités')).toEqual(['a'])
    })

    it('requires every word of the query, stop words aside', async () => {
      await index.upsert(entry('both', { text: 'Mobilité des demandeurs d’emploi' }))
      await index.upsert(entry('one', { text: 'Mobilité durable en ville' }))
      expect(await ids('mobilité emploi')).toEqual(['both'])
      expect(await ids('la mobilité de l’emploi')).toEqual(['both'])
      expect(await ids('le la les')).toEqual([])
      expect(await ids('inexistant')).toEqual([])
    })

    it('ranks a match in the title before a match in the text only', async () => {
      await index.upsert(
        entry('text', { title: 'Compte rendu', text: 'Il fut question de mobilité.' }),
      )
      await index.upsert(entry('title', { title: 'Plan mobilité', text: 'Un plan pour tous.' }))
      expect(await ids('mobilité')).toEqual(['title', 'text'])
    })

    it('returns only entries sharing a key with the audience asked', async () => {
      await index.upsert(entry('lille', { text: 'insertion', audience: ['espace:lille'] }))
      await index.upsert(
        entry('roubaix', { text: 'insertion', audience: ['espace:roubaix', 'tous'] }),
      )
      await index.upsert(entry('prive', { text: 'insertion', audience: ['compte:ana'] }))
      expect(await ids('insertion', ['espace:lille'])).toEqual(['lille'])
      expect((await ids('insertion', ['tous', 'compte:ana'])).sort()).toEqual(['prive', 'roubaix'])
      expect(await ids('insertion', [])).toEqual([])
    })

    it('answers at most the number of hits asked, with what results show', async () => {
      for (let n = 0; n < 5; n += 1) {
        await index.upsert(entry(`doc-${n}`, { text: 'atelier emploi' }))
      }
      expect(await index.search({ query: 'atelier', audience: EVERYONE, limit: 3 })).toHaveLength(3)
      await index.upsert(
        entry('outil', {
          type: SearchResultType.Outil,
          kind: DocumentKind.Outil,
          spaceId: 'regional',
          title: 'Guide du job dating',
          updatedAt: '2026-04-02T08:30:00.000Z',
        }),
      )
      expect(await index.search({ query: 'dating', audience: EVERYONE, limit: 10 })).toEqual([
        {
          id: 'outil',
          type: 'outil',
          kind: 'outil',
          spaceId: 'regional',
          title: 'Guide du job dating',
          updatedAt: '2026-04-02T08:30:00.000Z',
        },
      ])
    })

    it('marks the matched words, in any of their forms, in a passage of the text', async () => {
      const filler = 'Le comité local se réunit chaque mois pour suivre ses actions. '.repeat(8)
      await index.upsert(
        entry('long', {
          title: 'Diagnostic',
          text: `${filler}Les emplois saisonniers et l’emploi des jeunes du Pôle. ${filler}`,
        }),
      )
      const passages = await index.passages('Emploi pole', [parseDocumentId('long')])
      const passage = passages.get(parseDocumentId('long'))
      expect(marked(passage)).toEqual(['emplois', 'emploi', 'Pôle'])
      const text = (passage ?? []).map((segment) => segment.text).join('')
      expect(text).toContain('saisonniers')
      expect(text.length).toBeLessThan(400)
      expect(text.startsWith('…')).toBe(true)
    })

    it('takes the passage from the title when only the title matches', async () => {
      await index.upsert(entry('titre', { title: 'Mobilité des jeunes', text: 'Rien à signaler.' }))
      const passages = await index.passages('mobilité', [parseDocumentId('titre')])
      expect(marked(passages.get(parseDocumentId('titre')))).toEqual(['Mobilité'])
    })

    it('replaces an entry: its old words are no longer found, its new ones are', async () => {
      await index.upsert(entry('doc', { text: 'apprentissage', stamp: 's1' }))
      await index.upsert(entry('doc', { text: 'alternance', stamp: 's2' }))
      expect(await ids('apprentissage')).toEqual([])
      expect(await ids('alternance')).toEqual(['doc'])
      expect((await index.stamps()).get(parseDocumentId('doc'))).toBe('s2')
    })

    it('removes an entry, and removing an unknown one does nothing', async () => {
      await index.upsert(entry('doc', { text: 'apprentissage' }))
      await index.remove(parseDocumentId('doc'))
      await index.remove(parseDocumentId('inconnu'))
      expect(await ids('apprentissage')).toEqual([])
      expect((await index.stamps()).size).toBe(0)
      const passages = await index.passages('apprentissage', [parseDocumentId('doc')])
      expect(passages.size).toBe(0)
    })

    it('lists the stamp of every entry', async () => {
      await index.upsert(entry('a', { stamp: 'x' }))
      await index.upsert(entry('b', { stamp: 'y' }))
      const stamps: Map<DocumentId, string> = await index.stamps()
      expect(Object.fromEntries(stamps)).toEqual({ a: 'x', b: 'y' })
    })
  })
}
