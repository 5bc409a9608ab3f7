import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type {
  ApiErrorBody,
  AtelierView,
  ExchangeView,
  NotificationListView,
  NotificationView,
} from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody, dayIn } from '../helpers/atelierAuthorizationRows.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { LENS, LILLE } from '../helpers/exchangeFixture.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The notification events that came with e-mail: replies and « nous aussi » to the thread's author,
// registration to an atelier, its date change and the reminder of the day before. Each arrives in
// the in-app list of the person concerned, never in the actor's.

const NAMES = ['admin', 'lille', 'lens', 'copil'] as const
type Name = (typeof NAMES)[number]
const HOUR_MS = 60 * 60 * 1000

/** The notifications of `credential` of one kind, newest first. */
async function kindOf(
  api: ApiClient,
  credential: Credential,
  kind: string,
): Promise<NotificationView[]> {
  const response = await api.request<NotificationListView>('GET', '/api/notifications', {
    as: credential,
  })
  expect(response.status, response.text).toBe(200)
  return response.body.notifications.filter((entry) => entry.kind === kind)
}

describe('notification events: échanges and ateliers', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    ;({ as, ids } = await signInDemoAccounts(api, NAMES))
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  const of = (who: Name, kind: string) => kindOf(api, as[who], kind)

  async function openRemontee(): Promise<ExchangeView> {
    const response = await api.request<ExchangeView>('POST', '/api/echanges', {
      as: as.lille,
      body: {
        type: 'remontee',
        title: 'Mobilité des jeunes sans permis',
        themes: ['mobilite'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Nos jeunes renoncent aux offres faute de transport.'),
      },
    })
    expect(response.status, response.text).toBe(201)
    return response.body
  }
  function post(who: Name, id: string, content: object) {
    return api.request<{ id: string } & ApiErrorBody>('POST', `/api/echanges/${id}/messages`, {
      as: as[who],
      body: { content },
    })
  }

  it('tells the author of a thread of each reply of someone else, once, and of each « nous aussi »', async () => {
    const thread = await openRemontee()
    const before = await of('lille', 'reponse-discussion')

    const reply = await post('lens', thread.id, messageContent('Pareil à Lens.'))
    expect(reply.status, reply.text).toBe(201)
    const replies = await of('lille', 'reponse-discussion')
    expect(replies).toHaveLength(before.length + 1)
    expect(replies[0]).toMatchObject({
      message: `Julien Lefebvre a répondu à votre discussion « Mobilité des jeunes sans permis ».`,
      link: `/echanges/${thread.id}#message-${reply.body.id}`,
    })
    expect(await of('lens', 'reponse-discussion')).toEqual([])

    // The author's own reply, and a reply mentioning the author (the mention tells them already).
    expect((await post('lille', thread.id, messageContent('Merci !'))).status).toBe(201)
    const mention = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: ids.lille, label: 'Nadia' } },
            { type: 'text', text: ' voyez la plateforme mobilité.' },
          ],
        },
      ],
    }
    expect((await post('lens', thread.id, mention)).status).toBe(201)
    expect(await of('lille', 'reponse-discussion')).toHaveLength(before.length + 1)
    expect((await of('lille', 'mention'))[0]?.link).toContain(thread.id)

    const echo = await api.request('POST', `/api/echanges/${thread.id}/nous-aussi`, {
      as: as.lens,
      body: { spaceId: LENS },
    })
    expect(echo.status, echo.text).toBe(200)
    const echoes = await of('lille', 'nous-aussi')
    expect(echoes[0]?.link).toBe(`/echanges/${thread.id}`)
    expect(echoes[0]?.message).toMatch(
      /^Julien Lefebvre a dit « nous aussi » pour .*Lens.* sur votre discussion « Mobilité des jeunes sans permis »\.$/u,
    )
    expect(await of('lens', 'nous-aussi')).toEqual([])
  })

  it('confirms a registration to the person registering: a seat with the .ics path, or the waiting list', async () => {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Mobilité et emploi', capacity: 1 }),
    })
    expect(created.status).toBe(201)
    const { id } = created.body
    for (const who of ['lille', 'lens'] as const) {
      const registered = await api.request('POST', `/api/ateliers/${id}/inscription`, {
        as: as[who],
      })
      expect(registered.status, registered.text).toBe(200)
    }
    const [seat] = await of('lille', 'inscription-atelier')
    expect(seat?.link).toBe(`/ateliers/${id}`)
    expect(seat?.message).toMatch(/^Vous êtes inscrit·e à l’atelier « Mobilité et emploi » du /u)
    expect(seat?.message).toContain(`/api/ateliers/${id}/atelier.ics`)
    const [waiting] = await of('lens', 'inscription-atelier')
    expect(waiting?.message).toMatch(
      /^Vous êtes sur la liste d’attente de l’atelier « Mobilité et emploi » du .+, en position 1 : vous serez prévenu·e si une place se libère\.$/u,
    )
    expect(await of('admin', 'inscription-atelier')).toEqual([])
  })

  it('notifies the registered people once per saved change of the date or time, never the facilitator', async () => {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Garde d’enfants', capacity: 1 }),
    })
    const { id } = created.body
    for (const who of ['lille', 'lens'] as const) {
      await api.request('POST', `/api/ateliers/${id}/inscription`, { as: as[who] })
    }
    const client = connectClient(server.syncUrl, id, syncCredentials(server, as.admin))
    clients.push(client)
    await whenSynced(client)
    const fields = client.doc.getMap('fields')

    fields.set('date', dayIn(40))
    const [moved] = await waitFor(async () => {
      const found = await of('lens', 'changement-date-atelier')
      expect(found).toHaveLength(1)
      return found
    })
    expect(moved).toMatchObject({ link: `/ateliers/${id}` })
    expect(moved?.message).toMatch(
      /^L’atelier « Garde d’enfants » change de date : il aura lieu le .+ à 14:00\.$/u,
    )
    expect(await of('lille', 'changement-date-atelier')).toHaveLength(1)

    // Other saves (the title, the same date again, a date cleared while retyped) are no news.
    client.doc.getText('title').insert(0, 'Atelier : ')
    fields.set('date', dayIn(40))
    await waitFor(async () => {
      const record = await api.request<{ title: string }>('GET', `/api/documents/${id}`, {
        as: as.admin,
      })
      expect(record.text).toContain('Atelier : Garde d’enfants')
    })
    fields.set('date', '')
    fields.set('heure', '09:30')
    await waitFor(async () => {
      const view = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.admin })
      expect(view.body.time).toBe('09:30')
    })
    fields.set('date', dayIn(40))
    const [second] = await waitFor(async () => {
      const found = await of('lille', 'changement-date-atelier')
      expect(found).toHaveLength(2)
      return found
    })
    expect(second?.message).toMatch(
      /^L’atelier « Atelier : Garde d’enfants » change de date : .+ à 09:30\.$/u,
    )
    expect(await of('lens', 'changement-date-atelier')).toHaveLength(2)
    expect(await of('admin', 'changement-date-atelier')).toEqual([])
  })
})

describe('notification events: the reminder of the day before an atelier', () => {
  let database: TestDatabase
  const clock = createManualClock()

  beforeAll(async () => {
    database = await createTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
  })

  function start(): Promise<TestServer> {
    return startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
      timers: clock,
    })
  }

  it('reminds each seat holder once, across processes running at once and restarts', async () => {
    const first = await start()
    let api = createApiClient(first.httpUrl)
    let people = await signInDemoAccounts(api, NAMES)
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: people.as.admin,
      body: atelierBody({ title: 'Les métiers de la batterie', date: dayIn(2), capacity: 2 }),
    })
    expect(created.status, created.text).toBe(201)
    const { id } = created.body
    for (const who of ['lille', 'lens', 'copil'] as const) {
      const registered = await api.request('POST', `/api/ateliers/${id}/inscription`, {
        as: people.as[who],
      })
      expect(registered.status, registered.text).toBe(200)
    }
    const startsAt = Date.parse(
      (await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: people.as.admin })).body
        .startsAt ?? '',
    )
    expect(await kindOf(api, people.as.lille, 'rappel-atelier')).toEqual([])
    await first.close()

    // Half a day before: two processes start at once, each sending the reminders due at start;
    // then two restarts. Closing a server waits for its run.
    clock.advance(startsAt - 12 * HOUR_MS - clock.now())
    await Promise.all((await Promise.all([start(), start()])).map((running) => running.close()))
    await (await start()).close()
    await (await start()).close()

    const last = await start()
    try {
      api = createApiClient(last.httpUrl)
      people = await signInDemoAccounts(api, NAMES)
      for (const who of ['lille', 'lens'] as const) {
        const reminders = await kindOf(api, people.as[who], 'rappel-atelier')
        expect(reminders, who).toHaveLength(1)
        expect(reminders[0]).toMatchObject({ link: `/ateliers/${id}` })
        expect(reminders[0]?.message).toMatch(
          /^Rappel : l’atelier « Les métiers de la batterie » auquel vous êtes inscrit·e a lieu le .+ à 14:00\.$/u,
        )
      }
      // Copil waits for a seat; the facilitator is not registered.
      expect(await kindOf(api, people.as.copil, 'rappel-atelier')).toEqual([])
      expect(await kindOf(api, people.as.admin, 'rappel-atelier')).toEqual([])
    } finally {
      await last.close()
    }
  })
})
