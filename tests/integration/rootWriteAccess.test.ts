import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, parseDocumentId } from '@maillage/protocol'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient, type SignedIn } from '../helpers/apiClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, syncCredentials } from '../helpers/syncAccess.ts'
import { WebsocketProvider } from 'y-websocket'
import { webSocketClass } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const REGIONAL = 'espace-regional'
const FORBIDDEN_ROOT = 'maillage_forbidden_root_updates_total'

/** A real y-websocket client (the body is rich text here) and the close codes it was sent. */
interface Opened {
  readonly client: { readonly doc: Y.Doc; readonly provider: WebsocketProvider; destroy(): void }
  readonly closeCodes: number[]
}

describe('writable roots: who writes which part of an atelier or a thread over the websocket', () => {
  let server: TestServer
  let api: ApiClient
  /** Admin, animateur of the espace régional: the facilitator. */
  let admin: SignedIn
  /** Contributrice of CLPE Lille, registered with a seat. */
  let lille: SignedIn
  /** Contributeur of CLPE Lens, on the waiting list. */
  let lens: SignedIn
  const opened: Opened['client'][] = []

  allowExitListeners(8)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    ;[admin, lille, lens] = await Promise.all([
      api.signIn('admin@demo.maillage.fr'),
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lens@demo.maillage.fr'),
    ])
  })
  afterEach(() => {
    for (const client of opened.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  async function createAtelier(title: string): Promise<string> {
    const created = await api.request<{ readonly id: string }>('POST', '/api/ateliers', {
      as: admin.credential,
      body: {
        title,
        date: '2027-03-02',
        time: '14:00',
        durationMinutes: 90,
        format: 'atelier-virtuel',
        theme: 'filieres-rev3',
        intervenants: 'C2RP',
        visioLink: 'https://visio.exemple.fr/atelier',
        capacity: 20,
      },
    })
    expect(created.status).toBe(201)
    return created.body.id
  }

  async function createThread(title: string): Promise<string> {
    const created = await api.request<{ readonly id: string }>('POST', '/api/echanges', {
      as: admin.credential,
      body: {
        type: 'question',
        title,
        themes: ['mobilite'],
        territorySpaceIds: [],
        content: messageContent('Quelles solutions de transport pour les horaires décalés ?'),
      },
    })
    expect(created.status).toBe(201)
    return created.body.id
  }

  async function registerInStore(
    atelierId: string,
    seats: { accountId: string; status: 'inscrit' | 'liste-attente' }[],
  ): Promise<void> {
    const registeredAt = new Date().toISOString()
    const id = parseDocumentId(atelierId)
    await server.server.metadata.ateliers.changeRegistrations(id, () => ({
      registrations: seats.map((seat) => ({ atelierId: id, registeredAt, ...seat })),
      result: undefined,
    }))
  }

  async function open(documentId: string, person: SignedIn): Promise<Opened> {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, person.credential).headers),
      disableBc: true,
    })
    const client = {
      doc,
      provider,
      destroy: () => {
        provider.destroy()
        doc.destroy()
      },
    }
    opened.push(client)
    const closeCodes: number[] = []
    const onClose = (event: { readonly code: number } | null): void => {
      if (event !== null) closeCodes.push(event.code)
    }
    client.provider.on('connection-close', onClose)
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return { client, closeCodes }
  }

  function addNote(doc: Y.Doc, text: string): void {
    const note = new Y.Map<unknown>()
    note.set('text', text)
    doc.getArray<Y.Map<unknown>>('wall').push([note])
  }

  function groupLabels(doc: Y.Doc): string[] {
    return doc
      .getArray<Y.Map<unknown>>('wallGroups')
      .toArray()
      .map((group) => String(group.get('label')))
  }

  it('lets a registered participant write the notes and the wall’s groups', async () => {
    const atelierId = await createAtelier('Filières REV3 : les métiers de demain')
    await registerInStore(atelierId, [{ accountId: lille.accountId, status: 'inscrit' }])
    const facilitator = await open(atelierId, admin)
    const participant = await open(atelierId, lille)

    const group = new Y.Map<unknown>()
    group.set('id', 'groupe-1')
    group.set('label', 'Maintenance éolienne')
    participant.client.doc.getArray('wallGroups').push([group])
    participant.client.doc.getXmlFragment('body').insert(0, [new Y.XmlText('Notes de Nadia')])
    await waitFor(() => {
      expect(groupLabels(facilitator.client.doc)).toEqual(['Maintenance éolienne'])
      expect(facilitator.client.doc.getXmlFragment('body').toString()).toContain('Notes de Nadia')
    })
    expect(participant.closeCodes).toEqual([])
  })

  it('keeps the wall’s notes to the server: a participant or facilitator writing one is closed', async () => {
    // Notes are posted through the API, which stamps their author (or keeps it for an anonymous
    // note): a note written in the Y.Doc could claim anyone's name.
    const atelierId = await createAtelier('Filières REV3 : le mur')
    await registerInStore(atelierId, [{ accountId: lille.accountId, status: 'inscrit' }])
    for (const person of [lille, admin]) {
      const writer = await open(atelierId, person)
      addNote(writer.client.doc, 'Former aux métiers de la maintenance éolienne')
      await waitFor(() => {
        expect(writer.closeCodes).toContain(CloseCode.Forbidden)
      })
      writer.client.destroy()
    }
    const reader = await open(atelierId, admin)
    expect(reader.client.doc.getArray('wall').length).toBe(0)
  })

  it('closes a participant who writes the atelier’s details (4403) and keeps them unchanged', async () => {
    const atelierId = await createAtelier('COP emploi-compétences')
    await registerInStore(atelierId, [{ accountId: lille.accountId, status: 'inscrit' }])
    const facilitator = await open(atelierId, admin)
    facilitator.client.doc.getMap('fields').set('capacite', 20)
    const participant = await open(atelierId, lille)
    await waitFor(() => {
      expect(participant.client.doc.getMap('fields').get('capacite')).toBe(20)
    })
    const refusedBefore = await metricValue(server.httpUrl, FORBIDDEN_ROOT)

    participant.client.doc.getMap('fields').set('capacite', 500)
    await waitFor(() => {
      expect(participant.closeCodes).toContain(CloseCode.Forbidden)
    })
    participant.client.destroy()
    expect(await metricValue(server.httpUrl, FORBIDDEN_ROOT)).toBeGreaterThan(refusedBefore)

    const latecomer = await open(atelierId, admin)
    expect(latecomer.client.doc.getMap('fields').get('capacite')).toBe(20)
    expect(facilitator.client.doc.getMap('fields').get('capacite')).toBe(20)
  })

  it('keeps the session to the server: a facilitator writing it directly is closed', async () => {
    const atelierId = await createAtelier('Dispositifs mobilisables')
    const facilitator = await open(atelierId, admin)
    facilitator.client.doc.getMap('fields').set('intervenants', 'Carif-Oref')
    facilitator.client.doc.getMap('session').set('state', 'en-cours')
    await waitFor(() => {
      expect(facilitator.closeCodes).toContain(CloseCode.Forbidden)
    })
    facilitator.client.destroy()
    const reader = await open(atelierId, admin)
    expect(reader.client.doc.getMap('session').get('state')).toBeUndefined()
  })

  it('gives a person on the waiting list, and anyone not registered, read access only', async () => {
    const atelierId = await createAtelier('Mesurer l’impact')
    await registerInStore(atelierId, [{ accountId: lens.accountId, status: 'liste-attente' }])
    expect(await probeSyncAccess(server, atelierId, lens.credential)).toBe('read')
    const copil = await api.signIn('copil@demo.maillage.fr')
    expect(await probeSyncAccess(server, atelierId, copil.credential)).toBe('read')
    expect(await probeSyncAccess(server, atelierId, admin.credential)).toBe('write')
  })

  it('makes a thread of the échanges read-only on the websocket, even for an admin', async () => {
    const threadId = await createThread('Mobilité dans le Bassin minier')
    expect(await probeSyncAccess(server, threadId, admin.credential)).toBe('read')
    expect(await probeSyncAccess(server, threadId, lille.credential)).toBe('read')
  })

  it('refuses to create an atelier or a thread as a blank document of a space', async () => {
    for (const kind of ['atelier', 'discussion']) {
      const created = await api.request('POST', `/api/spaces/${REGIONAL}/documents`, {
        as: admin.credential,
        body: { kind, title: 'Sans passer par le programme' },
      })
      expect(created.status).toBe(400)
    }
  })
})
