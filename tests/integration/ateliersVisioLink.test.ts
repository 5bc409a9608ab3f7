import ICAL from 'ical.js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiErrorBody, AtelierPatchBody, AtelierView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

const NAMES = ['admin', 'lille', 'lens'] as const
type Name = (typeof NAMES)[number]

const FIRST_LINK = 'https://visio.exemple.fr/salle-secrete-4821'
const NEW_LINK = 'https://visio.exemple.fr/salle-changee-9317'

/** Whether `text` appears anywhere in the whole state of `doc`, as it would be sent on the wire. */
function holds(doc: Y.Doc, text: string): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(Buffer.from(text, 'utf8'))
}

describe('the visio link of an atelier, kept out of its shared document', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  const clients: EditorSyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  async function connect(who: Name, documentId: string): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, as[who])
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    clients.push(client)
    await whenEditorSynced(client)
    return client
  }
  function view(who: Name, id: string) {
    return api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as[who] })
  }
  function patch(who: Name, id: string, body: unknown) {
    return api.request<AtelierView & ApiErrorBody>('PATCH', `/api/ateliers/${id}`, {
      as: as[who],
      body,
    })
  }
  async function create(): Promise<string> {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Visio réservée aux inscrits', visioLink: FIRST_LINK }),
    })
    expect(created.status).toBe(201)
    expect(created.body.visioLink).toBe(FIRST_LINK)
    return created.body.id
  }

  it('never sends the link over the websocket, to a member without a seat or anyone', async () => {
    const id = await create()
    await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lille })
    const member = await connect('lens', id)
    const facilitator = await connect('admin', id)
    expect(holds(member.doc, FIRST_LINK)).toBe(false)

    const changed = await patch('admin', id, { visioLink: NEW_LINK } satisfies AtelierPatchBody)
    expect(changed.status).toBe(200)
    expect(changed.body.visioLink).toBe(NEW_LINK)
    // An edit made after the change reaches the member: anything sent before it has arrived too.
    facilitator.title.insert(facilitator.title.length, ' (mis à jour)')
    await waitFor(() => {
      expect(member.title.toString()).toContain('(mis à jour)')
    })
    for (const doc of [member.doc, facilitator.doc]) {
      expect(holds(doc, FIRST_LINK)).toBe(false)
      expect(holds(doc, NEW_LINK)).toBe(false)
    }

    // Over REST, the seat holder and the facilitators get it; the member without a seat does not.
    expect((await view('lille', id)).body.visioLink).toBe(NEW_LINK)
    expect((await view('admin', id)).body.visioLink).toBe(NEW_LINK)
    expect((await view('lens', id)).body.visioLink).toBe('')
    const ics = await api.request('GET', `/api/ateliers/${id}/atelier.ics`, { as: as.lille })
    const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[])
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('location')).toBe(
      NEW_LINK,
    )
  })

  it('is changed by facilitators only, to an https address or nothing', async () => {
    const id = await create()
    const refused = await patch('lille', id, { visioLink: NEW_LINK })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')

    const insecure = await patch('admin', id, { visioLink: 'http://visio.exemple.fr/salle' })
    expect(insecure.status).toBe(400)
    expect(insecure.body.error.code).toBe('VALIDATION_FAILED')
    expect(insecure.body.error.details?.['visioLink']).toBe(
      'Le lien de visioconférence doit être une adresse commençant par https://.',
    )
    expect((await patch('admin', id, {})).status).toBe(400)
    expect((await view('admin', id)).body.visioLink).toBe(FIRST_LINK)

    const removed = await patch('admin', id, { visioLink: '' })
    expect(removed.status).toBe(200)
    expect(removed.body.visioLink).toBe('')
  })

  it('is no longer given to participants once the atelier is over; facilitators keep it', async () => {
    const id = await create()
    const seat = await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as.lille })
    expect(seat.status).toBe(200)
    expect((await view('lille', id)).body.visioLink).toBe(FIRST_LINK)
    for (const action of ['demarrer', 'terminer']) {
      const moved = await api.request('POST', `/api/ateliers/${id}/session`, {
        as: as.admin,
        body: { action },
      })
      expect(moved.status).toBe(200)
    }

    expect((await view('lille', id)).body.visioLink).toBe('')
    expect((await view('admin', id)).body.visioLink).toBe(FIRST_LINK)
  })
})
