import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MaturityCampaignsView } from '@maillage/schema'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { dayAfter, parisDay, spaceMaturity } from '../helpers/maturityFixture.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess } from '../helpers/syncAccess.ts'

// What a new demo instance shows of the démarche de progression at first start.

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'

describe('the demo démarche de progression', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'lille' | 'lens'>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lens'])
  })
  afterAll(async () => {
    await server.close()
  })

  it('has a past campaign answered by six CLPE and an open one answered by none', async () => {
    const list = await api.request<MaturityCampaignsView>('GET', '/api/demarche-de-progression', {
      as: demo.as.admin,
    })
    const today = parisDay(Date.now())
    expect(list.body.canManage).toBe(true)
    expect(list.body.campaigns.map((campaign) => campaign.title)).toEqual([
      'Démarche de progression 2025',
      'Démarche de progression 2026',
    ])
    expect(list.body.campaigns[0]).toMatchObject({ status: 'close', submittedCount: 6 })
    expect(list.body.campaigns[1]).toMatchObject({
      status: 'ouverte',
      opensAt: today,
      closesAt: dayAfter(today, 60),
      submittedCount: 0,
    })
    const answered = list.body.campaigns[0]?.spaces.filter((space) => space.submittedAt !== null)
    expect(answered?.map((space) => space.spaceId)).toEqual(expect.arrayContaining([LILLE, LENS]))
  })

  it('gives Lille and Lens different, justified profiles, their documents archived', async () => {
    const lille = await spaceMaturity(api, demo.as.lille, LILLE)
    const lens = await spaceMaturity(api, demo.as.lens, LENS)
    for (const view of [lille, lens]) {
      expect(view.progression).toHaveLength(1)
      expect(view.progression[0]?.profile.complete).toBe(true)
      expect(view.canSubmit).toBe(true)
    }
    expect(lille.progression[0]?.profile).not.toEqual(lens.progression[0]?.profile)
    expect(lille.campaigns[0]?.submittedByName).toBe('Nadia Benali')
    const documentId = lille.campaigns[0]?.documentId ?? ''
    expect(await probeSyncAccess(server, documentId, demo.as.lille)).toBe('read')
    const document = await api.request<{ document: { status?: string; archivedAt?: string } }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: demo.as.lille },
    )
    expect(document.body.document.status).toBe('soumise')
    expect(document.body.document.archivedAt).toBeDefined()
  })
})

describe('a server without accounts', () => {
  it('seeds no démarche de progression', async () => {
    const server = await startServer({ auth: 'none', demoData: true })
    try {
      expect(await server.server.metadata.maturity.listCampaigns()).toEqual([])
    } finally {
      await server.close()
    }
  })
})
