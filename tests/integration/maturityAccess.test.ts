import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MaturityCampaignsView, MaturityDocumentView } from '@maillage/schema'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { dayAfter, maturityPath, openCampaign, parisDay } from '../helpers/maturityFixture.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess } from '../helpers/syncAccess.ts'

// Who sees and does what in the démarche de progression, and a campaign its last day closes.

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const DAY_MS = 24 * 60 * 60 * 1000
type Name = 'admin' | 'lille' | 'lens' | 'copil' | 'lecteur'

describe('access to the démarche de progression', () => {
  let server: TestServer
  let api: ApiClient
  let clock: AdvanceableClock
  let demo: DemoAccounts<Name>
  let campaignId: string

  const list = (name: Name) =>
    api.request<MaturityCampaignsView>('GET', '/api/demarche-de-progression', {
      as: demo.as[name],
    })
  const open = (name: Name, spaceId: string) =>
    api.request<MaturityDocumentView>('POST', maturityPath(spaceId, campaignId), {
      as: demo.as[name],
    })

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lens', 'copil', 'lecteur'])
    const today = parisDay(clock.now())
    campaignId = (
      await openCampaign(api, demo.as.admin, {
        title: 'Campagne courte',
        opensAt: today,
        closesAt: today,
      })
    ).id
  })
  afterAll(async () => {
    await server.close()
  })

  it('lets only the regional team open a campaign, and checks what it is given', async () => {
    const body = { title: 'Campagne', opensAt: '2026-01-05', closesAt: '2026-02-05' }
    for (const name of ['lille', 'lens', 'copil', 'lecteur'] as const) {
      const refused = await api.request('POST', '/api/demarche-de-progression', {
        as: demo.as[name],
        body,
      })
      expect(refused.status).toBe(403)
    }
    const invalid = await api.request<{ error: { details: Record<string, string> } }>(
      'POST',
      '/api/demarche-de-progression',
      { as: demo.as.admin, body: { title: ' ', opensAt: '2026-02-30', closesAt: 'demain' } },
    )
    expect(invalid.status).toBe(400)
    expect(Object.keys(invalid.body.error.details).sort()).toEqual(['closesAt', 'opensAt', 'title'])
    const reversed = await api.request<{ error: { details: Record<string, string> } }>(
      'POST',
      '/api/demarche-de-progression',
      { as: demo.as.admin, body: { ...body, closesAt: '2026-01-04' } },
    )
    expect(reversed.status).toBe(400)
    expect(reversed.body.error.details['closesAt']).toContain('clôture')
    const closing = await api.request(
      'POST',
      `/api/demarche-de-progression/${campaignId}/cloture`,
      {
        as: demo.as.lille,
      },
    )
    expect(closing.status).toBe(403)
  })

  it('shows every CLPE to the region, their own CLPE to members, none to others', async () => {
    const rows = async (name: Name) => {
      const answer = await list(name)
      const campaign = answer.body.campaigns.find((found) => found.id === campaignId)
      return { canManage: answer.body.canManage, spaces: campaign?.spaces.map((s) => s.spaceId) }
    }
    expect((await rows('admin')).spaces).toHaveLength(26)
    expect(await rows('admin')).toMatchObject({ canManage: true })
    expect(await rows('lille')).toEqual({ canManage: false, spaces: [LILLE] })
    expect(await rows('lecteur')).toEqual({ canManage: false, spaces: [LILLE] })
    expect(await rows('copil')).toEqual({ canManage: false, spaces: [] })
  })

  it('keeps a CLPE’s page to its members and the region', async () => {
    const page = (name: Name, spaceId: string) =>
      api.request('GET', maturityPath(spaceId), { as: demo.as[name] })
    expect((await page('lille', LILLE)).status).toBe(200)
    expect((await page('lecteur', LILLE)).status).toBe(200)
    expect((await page('admin', LENS)).status).toBe(200)
    expect((await page('lens', LILLE)).status).toBe(404)
    expect((await page('copil', LILLE)).status).toBe(404)
    expect((await page('admin', 'core')).status).toBe(404)
  })

  it('lets contributeurs start the document; lecteurs and the region only open it', async () => {
    expect((await open('lecteur', LILLE)).status).toBe(404)
    expect((await open('admin', LILLE)).status).toBe(404)
    expect((await open('lens', LILLE)).status).toBe(404)
    const started = await open('lille', LILLE)
    expect(started.status).toBe(200)
    const documentId = started.body.documentId
    expect((await open('lecteur', LILLE)).body.documentId).toBe(documentId)
    expect((await open('admin', LILLE)).body.documentId).toBe(documentId)
    expect(await probeSyncAccess(server, documentId, demo.as.lille)).toBe('write')
    expect(await probeSyncAccess(server, documentId, demo.as.lecteur)).toBe('read')
    expect(await probeSyncAccess(server, documentId, demo.as.lens)).toBe(403)
    const submit = (name: Name) =>
      api.request('POST', maturityPath(LILLE, campaignId, 'soumission'), { as: demo.as[name] })
    expect((await submit('lecteur')).status).toBe(403)
    expect((await submit('admin')).status).toBe(403)
    expect((await submit('lens')).status).toBe(404)
  })

  it('closes on its last day: the document turns read-only and nothing more starts', async () => {
    const started = await open('lille', LILLE)
    clock.advance(2 * DAY_MS)
    // Two days later the sessions of the test have expired: sign in again.
    demo = await signInDemoAccounts(api, ['admin', 'lille', 'lens', 'copil', 'lecteur'])
    const campaign = (await list('lille')).body.campaigns.find((found) => found.id === campaignId)
    expect(campaign?.status).toBe('close')
    expect(await probeSyncAccess(server, started.body.documentId, demo.as.lille)).toBe('read')
    expect((await open('lens', LENS)).status).toBe(409)
    const upcoming = await openCampaign(api, demo.as.admin, {
      title: 'Campagne à venir',
      opensAt: dayAfter(parisDay(clock.now()), 5),
      closesAt: dayAfter(parisDay(clock.now()), 30),
    })
    expect(upcoming.status).toBe('a-venir')
  })
})
