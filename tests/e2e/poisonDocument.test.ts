import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId, type DocumentView } from '@maillage/protocol'
import { openFicheAction } from '../helpers/ficheActionScreen.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** Nesting written before the server bounded it: far beyond what `Y.Map.toJSON` survives. */
const POISON_DEPTH = 20_000
const PROBLEMATIQUE = 'Des jeunes du bassin sans solution de mobilité'

/** Nests `levels` maps under `key` of `map`, each set once its parent is in the document. */
function nestMaps(map: Y.Map<unknown>, key: string, levels: number): void {
  let current = map
  let at = key
  for (let level = 0; level < levels; level++) {
    const child = new Y.Map<unknown>()
    current.set(at, child)
    current = child
    at = 'x'
  }
}

describe('a fiche action holding content nested 20,000 deep, stored before the server refused it', () => {
  let fixture: WebFixture
  let documentId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: 'Fiche ancienne' } },
    )
    expect(created.status).toBe(201)
    documentId = created.body.document.id
    await waitFor(async () => {
      expect(await metricValue(fixture.server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    // What a client could write before: readable fields, and the poison beside them and in an item.
    const id = parseDocumentId(documentId)
    const { store } = fixture.server.server
    const old = new Y.Doc()
    for (const update of (await store.load(id)).updates) Y.applyUpdate(old, update)
    const before = Y.encodeStateVector(old)
    const fields = old.getMap<unknown>('fields')
    old.transact(() => {
      ;(fields.get('problematique') as Y.Text).insert(0, PROBLEMATIQUE)
      const acteur = new Y.Map<unknown>()
      ;(fields.get('acteurs') as Y.Array<unknown>).push([acteur])
      acteur.set('id', 'a1')
      acteur.set('order', 1)
      acteur.set('nom', new Y.Text('Mission locale'))
      acteur.set('role', new Y.Text('Pilote'))
      nestMaps(acteur, 'x', POISON_DEPTH)
      nestMaps(fields, 'poison', POISON_DEPTH)
    })
    await store.append(id, [Y.encodeStateAsUpdate(old, before)])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('still opens for its readers and shows what can be read', async () => {
    const nadia = await fixture.signIn(DemoAccount.lille.email)
    const screen = await openFicheAction(nadia.page, documentId)

    await waitFor(async () => {
      expect(await screen.field('Problématique').inputValue()).toBe(PROBLEMATIQUE)
    })
    expect(await screen.acteurs()).toEqual([{ nom: 'Mission locale', role: 'Pilote' }])
    expect(await screen.score()).toBeGreaterThanOrEqual(0)
  })
})
