import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AtelierView, CalendarFeedView, GovernanceCalendarView } from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The governance's calendar: séances, the seed's milestones and the programme's ateliers in one
// list by date; its .ics parses and holds them; a personal feed answers its token only, until
// revoked, and a token of the ateliers' feed is not one of the governance's.

const PUBLIC_URL = 'https://maillage.exemple.fr'
const NAMES = ['admin', 'lille', 'lens'] as const

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  return { calendar, events }
}

describe('the governance calendar (PostgreSQL)', () => {
  let database: TestDatabase
  let server: TestServer
  let api: ApiClient
  let as: Record<(typeof NAMES)[number], Credential>
  let atelier: AtelierView

  allowExitListeners(8)

  beforeAll(async () => {
    database = await createTestDatabase()
    server = await startServer({
      auth: 'session',
      demoData: true,
      publicUrl: PUBLIC_URL,
      store: { kind: 'postgres', url: database.url },
    })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Atelier diagnostic territorial', date: '2027-03-24' }),
    })
    expect(created.status, created.text).toBe(201)
    atelier = created.body
  })
  afterAll(async () => {
    await server.close()
    await database.drop()
  })

  it('lists séances, milestones and ateliers of a window, in date order', async () => {
    const answer = await api.request<GovernanceCalendarView>(
      'GET',
      '/api/gouvernance/calendrier?du=2027-03-01&au=2027-03-31',
      { as: as.lille },
    )
    expect(answer.status).toBe(200)
    const { entries } = answer.body
    expect(entries.map((entry) => [entry.kind, entry.title])).toEqual(
      expect.arrayContaining([
        ['jalon', 'Cahier des charges validé'],
        ['seance', 'Validation du cahier des charges'],
        ['atelier', 'Atelier diagnostic territorial'],
      ]),
    )
    const milestone = entries.find((entry) => entry.kind === 'jalon')
    expect(milestone).toMatchObject({
      startsAt: '2027-03-17',
      allDay: true,
      instanceName: 'Comité de pilotage',
    })
    expect(entries.find((entry) => entry.kind === 'atelier')?.path).toBe(`/ateliers/${atelier.id}`)
    const days = entries.map((entry) => entry.startsAt.slice(0, 10))
    expect(days).toEqual([...days].sort())
    expect(days.every((day) => day >= '2027-03-01' && day <= '2027-03-31')).toBe(true)
    const june = await api.request<GovernanceCalendarView>(
      'GET',
      '/api/gouvernance/calendrier?du=2027-06-01&au=2027-06-30',
      { as: as.lille },
    )
    expect(june.body.entries.map((entry) => entry.title)).toContain('Programme présenté aux CLPE')
    const reversed = await api.request(
      'GET',
      '/api/gouvernance/calendrier?du=2027-06-01&au=2027-01-01',
      {
        as: as.lille,
      },
    )
    expect(reversed.status).toBe(400)
  })

  it('serves an .ics that parses, with the milestones as all-day events', async () => {
    const answer = await api.request('GET', '/api/gouvernance/calendrier.ics', { as: as.lille })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toContain('text/calendar')
    const { events } = parseCalendar(answer.text)
    const milestone = events.find((event) => event.summary === 'Cahier des charges validé')
    expect(milestone?.startDate.isDate).toBe(true)
    expect(milestone?.startDate.toString()).toBe('2027-03-17')
    const seance = events.find((event) => event.summary === 'Validation du cahier des charges')
    expect(seance?.startDate.isDate).toBe(false)
    expect(seance?.description).toContain('Comité de pilotage')
    const workshop = events.find((event) => event.summary === 'Atelier diagnostic territorial')
    expect(workshop?.uid).toBe(`${atelier.id}@maillage`)
    expect(workshop?.startDate.toJSDate().toISOString()).toBe('2027-03-24T13:00:00.000Z')
  })

  it('serves the personal feed to its token only, until revoked', async () => {
    const created = await api.request<CalendarFeedView>(
      'POST',
      '/api/gouvernance/calendrier/abonnement',
      { as: as.lille },
    )
    expect(created.status).toBe(201)
    expect(
      created.body.url.startsWith(`${PUBLIC_URL}/api/gouvernance/calendrier/abonnement/`),
    ).toBe(true)
    const path = new URL(created.body.url).pathname
    const feed = await api.request('GET', path)
    expect(feed.status).toBe(200)
    const { calendar, events } = parseCalendar(feed.text)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Calendrier de la gouvernance — Maillage',
    )
    expect(events.some((event) => event.summary === 'Suivi et bilan du programme')).toBe(true)
    // The ateliers' address is another calendar's: its token opens nothing here.
    const ateliers = await api.request<CalendarFeedView>('POST', '/api/calendrier', {
      as: as.lille,
    })
    const atelierToken = /\/api\/calendrier\/([^/]+)\.ics$/u.exec(ateliers.body.url)?.[1] ?? ''
    const crossed = await api.request(
      'GET',
      `/api/gouvernance/calendrier/abonnement/${atelierToken}.ics`,
    )
    expect(crossed.status).toBe(404)
    // Each scope keeps its own address: the ateliers' new one did not revoke the governance's.
    expect((await api.request('GET', path)).status).toBe(200)
    const status = await api.request<{ active: boolean }>(
      'GET',
      '/api/gouvernance/calendrier/abonnement',
      { as: as.lille },
    )
    expect(status.body.active).toBe(true)
    expect(
      (await api.request('DELETE', '/api/gouvernance/calendrier/abonnement', { as: as.lille }))
        .status,
    ).toBe(204)
    expect((await api.request('GET', path)).status).toBe(404)
    expect((await api.request(`GET`, new URL(ateliers.body.url).pathname)).status).toBe(200)
  })
})
