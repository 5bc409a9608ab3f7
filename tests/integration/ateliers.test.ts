import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import type {
  ApiErrorBody,
  AtelierRegistrantView,
  AtelierSummaryView,
  AtelierView,
  CalendarFeedStatusView,
  CalendarFeedView,
  NotificationListView,
} from '@maillage/protocol'
import { DocumentKind, clpeSpaceId } from '@maillage/schema'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody, dayIn } from '../helpers/atelierAuthorizationRows.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const NAMES = ['admin', 'lille', 'lens', 'copil', 'lecteur'] as const
type Name = (typeof NAMES)[number]

// Absolute links handed to calendar applications come from MAILLAGE_PUBLIC_URL, not the request.
const PUBLIC_URL = 'https://maillage.exemple.fr'

/** Parses an iCalendar text with ical.js: its calendar component and events. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  return { calendar, events }
}

describe('the programme of ateliers: registration, waiting list and calendars', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true, publicUrl: PUBLIC_URL })
    api = createApiClient(server.httpUrl)
    const accounts = await signInDemoAccounts(api, NAMES)
    as = accounts.as
    ids = accounts.ids
  })
  afterAll(async () => {
    await server.close()
  })

  async function create(body: Record<string, unknown>): Promise<AtelierView> {
    const response = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body,
    })
    expect(response.status).toBe(201)
    return response.body
  }
  function registration(method: 'POST' | 'DELETE', who: Name, id: string) {
    return api.request<AtelierView & ApiErrorBody>(method, `/api/ateliers/${id}/inscription`, {
      as: as[who],
    })
  }
  /** The address of the test server for a public link. */
  function local(publicLink: string): string {
    return `${server.httpUrl}${new URL(publicLink).pathname}`
  }
  async function placeNotifications(who: Name): Promise<NotificationListView['notifications']> {
    const response = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: as[who],
    })
    return response.body.notifications.filter((entry) => entry.kind === 'atelier-place')
  }

  it('lets facilitators create an atelier shared with all territories, and nobody else', async () => {
    const created = await create(atelierBody({ title: 'Filières REV3 et métiers de demain' }))
    expect(created).toMatchObject({
      title: 'Filières REV3 et métiers de demain',
      time: '14:00',
      durationMinutes: 90,
      format: 'webinaire',
      capacity: 0,
      spaceId: 'espace-regional',
      session: { state: 'a-venir' },
      can: { facilitate: true, register: true },
    })
    expect(Date.parse(created.endsAt ?? '') - Date.parse(created.startsAt ?? '')).toBe(90 * 60_000)

    const fromLens = await api.request<AtelierView>('GET', `/api/ateliers/${created.id}`, {
      as: as.lens,
    })
    expect(fromLens.status).toBe(200)
    expect(fromLens.body.can).toEqual({ facilitate: false, register: true })
    expect(fromLens.body.visioLink).toBe('')

    const refused = await api.request<ApiErrorBody>('POST', '/api/ateliers', {
      as: as.lille,
      body: atelierBody(),
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')

    const invalid = await api.request<ApiErrorBody>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ time: '14h', visioLink: 'http://visio.exemple.fr' }),
    })
    expect(invalid.status).toBe(400)
    expect(Object.keys(invalid.body.error.details ?? {}).sort()).toEqual(['time', 'visioLink'])
  })

  it('answers 404 for an unknown atelier and for a document of another kind', async () => {
    const unknown = await api.request('GET', '/api/ateliers/atelier-inconnu', { as: as.lille })
    expect(unknown.status).toBe(404)
    const note = await api.request<{ document: { id: string } }>(
      'POST',
      '/api/spaces/clpe-59004/documents',
      { as: as.lille, body: { kind: 'note', title: 'Note de veille' } },
    )
    const notAtelier = await api.request('GET', `/api/ateliers/${note.body.document.id}`, {
      as: as.lille,
    })
    expect(notAtelier.status).toBe(404)
  })

  it('gives seats until full, then a waiting list with positions; a second try is a conflict', async () => {
    const { id } = await create(atelierBody({ title: 'COP emploi-compétences', capacity: 2 }))
    expect((await registration('POST', 'lille', id)).body.registration?.status).toBe('inscrit')
    expect((await registration('POST', 'lens', id)).body.registration?.status).toBe('inscrit')
    const copil = await registration('POST', 'copil', id)
    expect(copil.body.registration).toMatchObject({ status: 'liste-attente', position: 1 })
    const lecteur = await registration('POST', 'lecteur', id)
    expect(lecteur.body.registration).toMatchObject({ status: 'liste-attente', position: 2 })
    expect(lecteur.body).toMatchObject({ registeredCount: 2, waitingCount: 2, visioLink: '' })

    const again = await registration('POST', 'lille', id)
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('CONFLICT')

    const seat = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.lille })
    expect(seat.body.visioLink).toBe('https://visio.exemple.fr/matrice')

    const registrants = await api.request<AtelierRegistrantView[]>(
      'GET',
      `/api/ateliers/${id}/inscriptions`,
      { as: as.admin },
    )
    expect(
      registrants.body.map((entry) => [entry.person.id, entry.status, entry.position]),
    ).toEqual([
      [ids.lille, 'inscrit', undefined],
      [ids.lens, 'inscrit', undefined],
      [ids.copil, 'liste-attente', 1],
      [ids.lecteur, 'liste-attente', 2],
    ])
    expect(registrants.body[0]?.email).toBe('lille@demo.maillage.fr')
    const notFacilitator = await api.request('GET', `/api/ateliers/${id}/inscriptions`, {
      as: as.lille,
    })
    expect(notFacilitator.status).toBe(403)

    // A seat freed by a cancellation goes to the first waiting person, who alone is notified.
    const cancelled = await registration('DELETE', 'lille', id)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.registration).toBeUndefined()
    const promoted = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.copil })
    expect(promoted.body.registration?.status).toBe('inscrit')
    const still = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.lecteur })
    expect(still.body.registration).toMatchObject({ status: 'liste-attente', position: 1 })
    const [notification] = await placeNotifications('copil')
    expect(notification).toMatchObject({ link: `/ateliers/${id}` })
    expect(notification?.message).toContain('COP emploi-compétences')
    expect(await placeNotifications('lecteur')).toEqual([])
    expect(await placeNotifications('lens')).toEqual([])

    // A waiting person who cancels frees no seat.
    await registration('DELETE', 'lecteur', id)
    const after = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.admin })
    expect(after.body).toMatchObject({ registeredCount: 2, waitingCount: 0 })
    expect((await registration('DELETE', 'lecteur', id)).status).toBe(409)
  })

  it('refuses registration once the atelier has ended', async () => {
    const { id } = await create(atelierBody({ title: 'Atelier terminé' }))
    for (const action of ['demarrer', 'terminer']) {
      await api.request('POST', `/api/ateliers/${id}/session`, { as: as.admin, body: { action } })
    }
    const late = await registration('POST', 'lens', id)
    expect(late.status).toBe(409)
    expect(late.body.error.message).toMatch(/inscriptions sont closes/)
    const view = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.lens })
    expect(view.body.can.register).toBe(false)
  })

  it('refuses cancelling once the atelier has ended, promoting and notifying nobody', async () => {
    const { id } = await create(atelierBody({ title: 'Atelier fini, liste figée', capacity: 1 }))
    await registration('POST', 'lens', id)
    expect((await registration('POST', 'lecteur', id)).body.registration?.status).toBe(
      'liste-attente',
    )
    for (const action of ['demarrer', 'terminer']) {
      await api.request('POST', `/api/ateliers/${id}/session`, { as: as.admin, body: { action } })
    }
    const late = await registration('DELETE', 'lens', id)
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('CONFLICT')
    expect(late.body.error.message).toBe(
      'Cet atelier est terminé : les inscriptions ne peuvent plus être annulées.',
    )
    const lens = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.lens })
    expect(lens.body.registration?.status).toBe('inscrit')
    const waiting = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, {
      as: as.lecteur,
    })
    expect(waiting.body.registration).toMatchObject({ status: 'liste-attente', position: 1 })
    const notified = await placeNotifications('lecteur')
    expect(notified.filter((entry) => entry.link === `/ateliers/${id}`)).toEqual([])
  })

  it('publishes only the ateliers of the espace régional, not an atelier document of a CLPE', async () => {
    // The generic document route is the lead's to close; here the document is made in the store.
    const id = parseDocumentId('atelier-clpe-hors-programme')
    const now = new Date().toISOString()
    await server.server.metadata.createDocument({
      id,
      spaceId: clpeSpaceId('CLPE59004'),
      kind: DocumentKind.Atelier,
      title: 'Atelier publié par un CLPE',
      sharedWithAll: true,
      createdBy: ids.lille,
      createdAt: now,
      updatedAt: now,
    })
    const doc = new Y.Doc()
    doc.getText('title').insert(0, 'Atelier publié par un CLPE')
    const fields = doc.getMap<unknown>('fields')
    fields.set('date', dayIn(20))
    fields.set('heure', '14:00')
    fields.set('duree', 60)
    await server.server.store.append(id, [Y.encodeStateAsUpdate(doc)])

    for (const who of ['lille', 'lens', 'admin'] as const) {
      const list = await api.request<AtelierSummaryView[]>('GET', '/api/ateliers', { as: as[who] })
      expect(list.body.map((entry) => entry.id)).not.toContain(id)
      const one = await api.request('GET', `/api/ateliers/${id}`, { as: as[who] })
      expect(one.status).toBe(404)
    }
    expect((await registration('POST', 'lens', id)).status).toBe(404)
    const ics = await api.request('GET', `/api/ateliers/${id}/atelier.ics`, { as: as.lens })
    expect(ics.status).toBe(404)
    const feed = await api.request<CalendarFeedView>('POST', '/api/calendrier', { as: as.copil })
    const events = parseCalendar(await (await fetch(local(feed.body.url))).text()).events
    expect(events.length).toBeGreaterThan(0)
    expect(events.map((event) => event.uid)).not.toContain(`${id}@maillage`)
  })

  it('lists upcoming ateliers soonest first, then past ones most recent first', async () => {
    const list = await api.request<AtelierSummaryView[]>('GET', '/api/ateliers', { as: as.lens })
    expect(list.status).toBe(200)
    const now = Date.now()
    const ends = list.body.map((entry) => Date.parse(entry.endsAt ?? ''))
    const past = list.body.filter(
      (entry, index) => entry.session.state === 'terminee' || (ends[index] ?? 0) <= now,
    )
    const coming = list.body.slice(0, list.body.length - past.length)
    expect(list.body.slice(coming.length)).toEqual(past)
    const starts = (entries: AtelierSummaryView[]) =>
      entries.filter((entry) => entry.startsAt !== undefined).map((entry) => entry.startsAt ?? '')
    expect(starts(coming)).toEqual([...starts(coming)].sort())
    expect(starts(past)).toEqual([...starts(past)].sort().reverse())
    // The demo programme: a past atelier with its replay, and one full with a waiting list.
    expect(past.length).toBeGreaterThan(0)
    expect(list.body.some((entry) => entry.waitingCount > 0)).toBe(true)
  })

  it('downloads an atelier as an .ics file with the right instants', async () => {
    const created = await create(atelierBody({ title: 'Mobilité des jeunes, ensemble' }))
    await registration('POST', 'lens', created.id)
    const response = await api.request('GET', `/api/ateliers/${created.id}/atelier.ics`, {
      as: as.lens,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    // ASCII in `filename*` too: browsers take that one.
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="atelier-mobilite-des-jeunes-ensemble.ics"; ' +
        "filename*=UTF-8''atelier-mobilite-des-jeunes-ensemble.ics",
    )
    const [event] = parseCalendar(response.text).events
    expect(event?.uid).toBe(`${created.id}@maillage`)
    expect(event?.summary).toBe('Mobilité des jeunes, ensemble')
    expect(event?.sequence).toBeGreaterThan(0)
    expect(event?.component.getFirstPropertyValue('last-modified')).not.toBeNull()
    expect(event?.startDate.toJSDate().toISOString()).toBe(created.startsAt)
    expect(event?.endDate.toJSDate().toISOString()).toBe(created.endsAt)
    expect(event?.location).toBe('https://visio.exemple.fr/matrice')
    expect(event?.description).toContain(`${PUBLIC_URL}/ateliers/${created.id}`)
    expect(event?.component.getFirstPropertyValue('url')).toBe(
      `${PUBLIC_URL}/ateliers/${created.id}`,
    )

    // Someone without a seat gets the event without the visio link.
    const visitor = await api.request('GET', `/api/ateliers/${created.id}/atelier.ics`, {
      as: as.lecteur,
    })
    expect(parseCalendar(visitor.text).events[0]?.location).toBeNull()
  })

  it('serves the programme feed to calendar applications by token only, until revoked', async () => {
    const before = await api.request<CalendarFeedStatusView>('GET', '/api/calendrier', {
      as: as.lens,
    })
    expect(before.body).toEqual({ active: false })
    const created = await api.request<CalendarFeedView>('POST', '/api/calendrier', { as: as.lens })
    expect(created.status).toBe(201)
    expect(created.body.url).toMatch(new RegExp(`^${PUBLIC_URL}/api/calendrier/.+\\.ics$`))
    const status = await api.request<CalendarFeedStatusView>('GET', '/api/calendrier', {
      as: as.lens,
    })
    expect(status.body).toEqual({ active: true, createdAt: created.body.createdAt })

    // A calendar application sends no cookie.
    const feed = await fetch(local(created.body.url))
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const { calendar, events } = parseCalendar(await feed.text())
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Programme des ateliers — Maillage')
    const programme = await api.request<AtelierSummaryView[]>('GET', '/api/ateliers', {
      as: as.lens,
    })
    const dated = programme.body.filter((entry) => entry.startsAt !== undefined)
    expect(events.map((event) => event.uid).sort()).toEqual(
      dated.map((entry) => `${entry.id}@maillage`).sort(),
    )

    // A new address revokes the previous one; revoking leaves none.
    const renewed = await api.request<CalendarFeedView>('POST', '/api/calendrier', { as: as.lens })
    const revoked = await fetch(local(created.body.url))
    expect(revoked.status).toBe(404)
    expect(await revoked.text()).toMatch(/n’existe pas ou a été révoquée/)
    expect((await fetch(local(renewed.body.url))).status).toBe(200)
    const deleted = await api.request('DELETE', '/api/calendrier', { as: as.lens })
    expect(deleted.status).toBe(204)
    expect((await fetch(local(renewed.body.url))).status).toBe(404)
    const after = await api.request<CalendarFeedStatusView>('GET', '/api/calendrier', {
      as: as.lens,
    })
    expect(after.body).toEqual({ active: false })
  })
})
