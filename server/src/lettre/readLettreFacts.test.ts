import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentId } from '@maillage/protocol'
import { DocumentKind, DocumentRoot, REGIONAL_SPACE_IDS, clpeSpaceId } from '@maillage/schema'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { readLettreFacts } from './readLettreFacts.ts'

// The facts of a numéro read from a store holding what happened before and after its « since »
// day (2026-11-01), and from the fields of the ateliers held.

const SINCE = '2026-11-01'
const TODAY = '2026-12-07'
const LILLE = clpeSpaceId('CLPE59004')
const PERSON = { id: 'a1', name: 'Camille Dupont' }

function record(id: string, overrides: Partial<DocumentRecord>): DocumentRecord {
  return {
    id: parseDocumentId(id),
    spaceId: REGIONAL_SPACE_IDS.regional,
    kind: DocumentKind.Atelier,
    title: id,
    sharedWithAll: false,
    createdBy: 'a1',
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-09-01T08:00:00.000Z',
    ...overrides,
  }
}

/** Document content by id: only the ateliers held have fields (their replay). */
function contentOf(docs: ReadonlyMap<string, Y.Doc>): DocumentContent {
  return {
    read: (id: DocumentId, read) => Promise.resolve(read(docs.get(id) ?? new Y.Doc())),
    change: () => Promise.reject(new Error('facts never change a document')),
    delete: () => Promise.reject(new Error('facts never delete a document')),
  }
}

function atelierWithReplay(replay: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap<unknown>(DocumentRoot.Fields).set('replay', new Y.Text(replay))
  return doc
}

describe('readLettreFacts', () => {
  let store: LowdbMetadataStore

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    const documents = [
      record('atelier-a-venir', { keyFields: { date: '2026-12-15' } }),
      record('atelier-tenu', { keyFields: { date: '2026-11-20' } }),
      record('atelier-ancien', { keyFields: { date: '2026-10-10' } }),
      record('fiche-partagee', {
        kind: DocumentKind.FicheAction,
        spaceId: LILLE,
        sharedWithAll: true,
        updatedAt: '2026-11-30T10:00:00.000Z',
      }),
      record('fiche-privee', {
        kind: DocumentKind.FicheAction,
        spaceId: LILLE,
        updatedAt: '2026-11-30T10:00:00.000Z',
      }),
      record('fiche-partagee-ancienne', {
        kind: DocumentKind.FicheAction,
        spaceId: LILLE,
        sharedWithAll: true,
        updatedAt: '2026-10-01T10:00:00.000Z',
      }),
      record('sujet', { kind: DocumentKind.Discussion, title: 'Mobilité du Bassin minier' }),
    ]
    for (const document of documents) await store.createDocument(document)
    const proposal = {
      title: 'Carte des freins',
      description: 'Une carte des freins à la mobilité.',
      porteur: 'C2RP',
      lien: '',
      type: '',
      thematiques: [],
      consideredTools: [{ documentId: null, name: 'DORA', whyNotAdaptable: 'Pas de freins.' }],
      proposedBy: 'a2',
      proposedAt: '2026-11-02T08:00:00.000Z',
    }
    const step = { at: '2026-11-10T08:00:00.000Z', byId: 'a3', byName: 'Sophie Martin' }
    await store.toolbox.createToolProposal({
      ...proposal,
      id: 'valide',
      status: 'valide',
      history: [
        { ...step, status: 'propose', at: proposal.proposedAt },
        { ...step, status: 'valide', rationale: 'Aucun outil existant ne convient.' },
      ],
    })
    await store.toolbox.createToolProposal({
      ...proposal,
      id: 'refuse',
      title: 'Outil refusé',
      status: 'refuse',
      history: [
        { ...step, status: 'propose', at: proposal.proposedAt },
        { ...step, status: 'refuse', rationale: 'DORA peut être adapté.' },
      ],
    })
    const item = {
      url: 'https://dares.example/note',
      normalizedUrl: 'dares.example/note',
      source: 'DARES',
      publishedOn: '2026-11-20',
      summary: '',
      thematiques: [],
      territories: [],
      status: 'publie' as const,
      addedBy: PERSON,
      addedAt: '2026-11-21T08:00:00.000Z',
      origin: { kind: 'saisie' as const },
    }
    await store.veille.createItem({
      ...item,
      id: 'retenu',
      title: 'Note retenue',
      selectedForLettre: true,
    })
    await store.veille.createItem({
      ...item,
      id: 'non-retenu',
      title: 'Note non retenue',
      url: 'https://dares.example/autre',
      normalizedUrl: 'dares.example/autre',
      selectedForLettre: false,
    })
    const echo = (spaceId: string) => ({
      spaceId: clpeSpaceId(spaceId),
      accountId: 'a4',
      at: '2026-11-04T08:00:00.000Z',
    })
    await store.exchanges.createThread({
      id: parseDocumentId('sujet'),
      type: 'remontee',
      status: 'ouvert',
      themes: [],
      territorySpaceIds: [],
      originSpaceId: clpeSpaceId('CLPE62005'),
      authorId: 'a4',
      createdAt: '2026-11-03T08:00:00.000Z',
      lastMessageAt: '2026-11-25T08:00:00.000Z',
      messageCount: 3,
      echoes: [echo('CLPE62001'), echo('CLPE59002')],
    })
  })
  afterEach(async () => {
    await store.close()
  })

  it('gathers each category since the day given, each entry linked to its source', async () => {
    const docs = new Map([['atelier-tenu', atelierWithReplay('https://video.example/bmo')]])
    const facts = await readLettreFacts({
      store,
      content: contentOf(docs),
      since: SINCE,
      sinceLastNumero: true,
      today: TODAY,
    })
    expect(facts.tools.map((entry) => [entry.title, entry.href])).toEqual([
      ['Carte des freins', '/boite-a-outils/propositions/valide'],
    ])
    expect(facts.ateliersToCome.map((entry) => entry.href)).toEqual(['/ateliers/atelier-a-venir'])
    expect(facts.ateliersPast).toEqual([
      expect.objectContaining({
        href: '/ateliers/atelier-tenu',
        extra: { label: 'Revoir le replay', href: 'https://video.example/bmo' },
      }),
    ])
    expect(facts.subjects).toEqual([
      expect.objectContaining({ title: 'Mobilité du Bassin minier', href: '/echanges/sujet' }),
    ])
    expect(facts.veille.map((entry) => [entry.title, entry.href])).toEqual([
      ['Note retenue', 'https://dares.example/note'],
    ])
    expect(facts.fiches.map((entry) => entry.href)).toEqual(['/documents/fiche-partagee'])
  })

  it('leaves out what happened before, and an atelier held without replay has no second link', async () => {
    const facts = await readLettreFacts({
      store,
      content: contentOf(new Map()),
      since: '2026-11-28',
      sinceLastNumero: true,
      today: TODAY,
    })
    expect(facts.tools).toEqual([])
    expect(facts.ateliersPast).toEqual([])
    expect(facts.veille).toEqual([])
    expect(facts.fiches.map((entry) => entry.href)).toEqual(['/documents/fiche-partagee'])
    const held = await readLettreFacts({
      store,
      content: contentOf(new Map()),
      since: SINCE,
      sinceLastNumero: false,
      today: TODAY,
    })
    expect(held.ateliersPast[0]?.extra).toBeUndefined()
  })
})
