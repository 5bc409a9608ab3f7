import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, HomeView, SessionView } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { createPage } from '../helpers/createDocument.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE = 'clpe-59004'

describe('the demo data of a new instance', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'lille' | 'lille2' | 'admin'>
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['lille', 'lille2', 'admin'])
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('has a second contributeur in CLPE Lille Métropole, beside Nadia Benali', async () => {
    const session = await api.request<SessionView>('GET', '/api/session', { as: demo.as.lille2 })
    expect(session.status).toBe(200)
    expect(session.body.account.name).toBe('Élodie Vasseur')
    expect(session.body.memberships).toEqual([{ spaceId: LILLE, role: 'contributeur' }])
    const members = await api.request<{ members: { name: string; role: string }[] }>(
      'GET',
      `/api/spaces/${LILLE}/members`,
      { as: demo.as.lille },
    )
    const contributeurs = members.body.members.filter((member) => member.role === 'contributeur')
    expect(contributeurs.map((member) => member.name).sort()).toEqual([
      'Nadia Benali',
      'Élodie Vasseur',
    ])
  })

  it('lets the two contributeurs of Lille co-edit a document without an invitation', async () => {
    const { id } = await createPage(api, demo.as.lille, { spaceId: LILLE, title: 'À deux' })
    const [nadia, elodie] = [demo.as.lille, demo.as.lille2].map((credential) => {
      const { headers } = syncCredentials(server, credential)
      const client = connectClient(server.syncUrl, id, { headers })
      clients.push(client)
      return client
    })
    if (nadia === undefined || elodie === undefined) throw new Error('two clients expected')
    await Promise.all([whenSynced(nadia), whenSynced(elodie)])
    elodie.text.insert(0, 'Élodie écrit. ')
    nadia.text.insert(0, 'Nadia écrit. ')
    await waitFor(() => {
      expect(nadia.text.toString()).toContain('Élodie écrit.')
      expect(elodie.text.toString()).toContain('Nadia écrit.')
      expect(nadia.text.toString()).toBe(elodie.text.toString())
    })
  })

  it('does not list the seeded fiches outil as recently changed on the admin’s accueil', async () => {
    const tools = await api.request<{ tools: { documentId: string; title: string }[] }>(
      'GET',
      '/api/toolbox/tools',
      { as: demo.as.admin },
    )
    expect(tools.body.tools.length).toBeGreaterThan(5)
    const toolIds = new Set(tools.body.tools.map((tool) => tool.documentId))
    const home = await api.request<HomeView>('GET', '/api/home', { as: demo.as.admin })
    expect(home.status).toBe(200)
    expect(home.body.recent.filter((document) => toolIds.has(document.id))).toEqual([])

    // Once a person edits one, it is a change like any other.
    const edited = tools.body.tools[0]
    if (edited === undefined) throw new Error('the catalogue is empty')
    const { headers } = syncCredentials(server, demo.as.admin)
    const client = connectClient(server.syncUrl, edited.documentId, { headers })
    clients.push(client)
    await whenSynced(client)
    client.text.insert(0, 'Relu par l’équipe régionale. ')
    await waitFor(async () => {
      const after = await api.request<HomeView>('GET', '/api/home', { as: demo.as.admin })
      const recent: readonly DocumentView[] = after.body.recent
      expect(recent.map((document) => document.id)).toContain(edited.documentId)
    })
  })
})
