import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NotificationListView, NotificationView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const COPIL = 'comite-de-pilotage'
const RECEIVED = 'proposition-outil-recue'

function proposal(title: string) {
  return {
    title,
    description: 'Un outil qui manque aux CLPE pour orienter les personnes vers les employeurs.',
    consideredTools: [
      { documentId: null, name: 'DORA', whyNotAdaptable: 'DORA ne recense pas les employeurs.' },
    ],
  }
}

describe('a proposal of a tool reaching the comité de pilotage', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'lille' | 'copil' | 'lens' | 'admin'>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['lille', 'copil', 'lens', 'admin'])
    // Julien Lefebvre observes the comité as lecteur.
    const joined = await api.request('PUT', `/api/spaces/${COPIL}/members/${demo.ids.lens}`, {
      as: demo.as.admin,
      body: { role: 'lecteur' },
    })
    expect(joined.status).toBe(200)
  })
  afterAll(async () => {
    await server.close()
  })

  async function received(as: Credential): Promise<NotificationView[]> {
    const response = await api.request<NotificationListView>('GET', '/api/notifications', { as })
    expect(response.status).toBe(200)
    return response.body.notifications.filter((notification) => notification.kind === RECEIVED)
  }

  async function propose(as: Credential, title: string): Promise<string> {
    const response = await api.request<{ proposal: { id: string } }>(
      'POST',
      '/api/toolbox/proposals',
      { as, body: proposal(title) },
    )
    expect(response.status).toBe(201)
    return response.body.proposal.id
  }

  it('notifies every member of the comité when a proposal is submitted, with a link to it', async () => {
    const id = await propose(demo.as.lille, 'Carte des employeurs inclusifs')

    for (const member of [demo.as.copil, demo.as.lens]) {
      const [notification, ...others] = await received(member)
      expect(others).toEqual([])
      expect(notification?.link).toBe(`/boite-a-outils/propositions/${id}`)
      expect(notification?.message).toBe(
        'Nouvelle proposition d’outil à examiner : « Carte des employeurs inclusifs », proposée par Nadia Benali.',
      )
      expect(notification?.readAt).toBeUndefined()
    }
    // Neither the proposer nor the regional team, who is not on the comité, is told.
    expect(await received(demo.as.lille)).toEqual([])
    expect(await received(demo.as.admin)).toEqual([])
  })

  it('does not notify a member of the comité of their own proposal', async () => {
    const before = (await received(demo.as.copil)).length
    await propose(demo.as.copil, 'Annuaire des clubs d’entreprises')
    expect(await received(demo.as.copil)).toHaveLength(before)
    const lens = await received(demo.as.lens)
    expect(lens[0]?.message).toContain(
      '« Annuaire des clubs d’entreprises », proposée par Sophie Martin',
    )
  })
})
