import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ApiErrorBody,
  ExchangeView,
  NotificationListView,
  SynergiesView,
} from '@maillage/protocol'
import {
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
  type LoginBody,
} from '../helpers/apiClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const DOUAI = 'clpe-59002'

type Person = 'lille' | 'lens' | 'admin' | 'lecteur'

describe('« nous aussi » and synergies', () => {
  let server: TestServer
  let api: ApiClient
  const as = {} as Record<Person | 'douai', Credential>
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const people: readonly Person[] = ['lille', 'lens', 'admin', 'lecteur']
    const signedIn = await Promise.all(people.map((name) => api.signIn(`${name}@demo.maillage.fr`)))
    people.forEach((name, index) => {
      const entry = signedIn[index]
      if (entry === undefined) throw new Error(`${name} did not sign in`)
      as[name] = entry.credential
    })
    // A contributeur of a third CLPE, invited by the admin.
    const invited = await api.request<{ token: string }>(
      'POST',
      `/api/spaces/${DOUAI}/invitations`,
      { as: as.admin, body: { role: 'contributeur' } },
    )
    const accepted = await api.request<LoginBody>(
      'POST',
      `/api/invitations/by-token/${invited.body.token}/accept`,
      {
        body: {
          email: 'insertion@clpe-douai.fr',
          name: 'Malik Ouali',
          organisation: 'PLIE du Douaisis',
          password: 'un mot de passe solide',
        },
      },
    )
    const douai = sessionFrom(accepted)
    if (douai === null) throw new Error(`the Douai member could not sign up: ${accepted.text}`)
    as.douai = douai
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function openThread(type: string, title: string): Promise<ExchangeView> {
    const response = await api.request<ExchangeView>('POST', '/api/echanges', {
      as: as.lens,
      body: {
        type,
        title,
        themes: ['mobilite', 'emploi'],
        territorySpaceIds: [LENS],
        originSpaceId: LENS,
        content: messageContent('Aucune desserte pour les prises de poste à 5 h.'),
      },
    })
    expect(response.status, response.text).toBe(201)
    return response.body
  }
  async function echo(credential: Credential, id: string, spaceId: string) {
    return api.request<ExchangeView & ApiErrorBody>('POST', `/api/echanges/${id}/nous-aussi`, {
      as: credential,
      body: { spaceId },
    })
  }
  async function unEcho(credential: Credential, id: string, spaceId: string) {
    return api.request<ExchangeView & ApiErrorBody>(
      'DELETE',
      `/api/echanges/${id}/nous-aussi/${spaceId}`,
      { as: credential },
    )
  }
  async function synergies(): Promise<SynergiesView> {
    const response = await api.request<SynergiesView>('GET', '/api/echanges/synergies', {
      as: as.lecteur,
    })
    expect(response.status).toBe(200)
    return response.body
  }
  async function supraNotificationsOf(credential: Credential, id: string) {
    const response = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: credential,
    })
    return response.body.notifications.filter(
      (notification) =>
        notification.kind === 'supra-territorial' && notification.link === `/echanges/${id}`,
    )
  }

  it('makes a remontée supra-territorial with two other CLPE, lists it, and notifies the CoRE once', async () => {
    const thread = await openThread('remontee', 'Mobilité en horaires décalés')
    expect(thread.can.echoFor).toEqual([])
    const client = connectClient(server.syncUrl, thread.id, syncCredentials(server, as.lille))
    clients.push(client)
    await whenSynced(client)

    const lilleView = await api.request<ExchangeView>('GET', `/api/echanges/${thread.id}`, {
      as: as.lille,
    })
    expect(lilleView.body.can.echoFor).toEqual([
      { spaceId: LILLE, name: 'CLPE Lille Métropole', departement: '59' },
    ])
    const fromLille = await echo(as.lille, thread.id, LILLE)
    expect(fromLille.status, fromLille.text).toBe(200)
    expect(fromLille.body).toMatchObject({ echoCount: 1, supraTerritorial: false })
    expect(fromLille.body.can.echoFor).toEqual([])
    expect((await echo(as.lille, thread.id, LILLE)).status).toBe(409)
    expect(await supraNotificationsOf(as.admin, thread.id)).toEqual([])

    const fromDouai = await echo(as.douai, thread.id, DOUAI)
    expect(fromDouai.body).toMatchObject({ echoCount: 2, supraTerritorial: true })
    expect(fromDouai.body.echoes.map((entry) => [entry.territory.spaceId, entry.by.name])).toEqual([
      [LILLE, 'Nadia Benali'],
      [DOUAI, 'Malik Ouali'],
    ])
    await waitFor(() => {
      expect(client.doc.getMap('fields').get('nousAussi')).toBe(2)
    })

    const view = await synergies()
    const subject = view.supraTerritorial.find((entry) => entry.thread.id === thread.id)
    expect(subject?.raisedBy.map((territory) => territory.spaceId)).toEqual([LENS, LILLE, DOUAI])
    const mobilite = view.themes.find((theme) => theme.theme === 'mobilite')
    expect(mobilite?.subjects.map((entry) => entry.thread.id)).toContain(thread.id)
    const ofEmploi = view.themes.find((theme) => theme.theme === 'emploi')?.subjects ?? []
    expect(ofEmploi.find((entry) => entry.thread.id === thread.id)?.supraTerritorial).toBe(true)
    expect(mobilite?.territories.map((territory) => territory.departement)).toEqual(
      [...(mobilite?.territories.map((territory) => territory.departement) ?? [])].sort(),
    )

    const notified = await supraNotificationsOf(as.admin, thread.id)
    expect(notified).toHaveLength(1)
    expect(notified[0]?.message).toContain('3 CLPE')
    // Nobody outside the CoRE hears of it.
    expect(await supraNotificationsOf(as.lens, thread.id)).toEqual([])
    expect(await supraNotificationsOf(as.lille, thread.id)).toEqual([])

    // Dropping below the threshold and crossing it again does not notify the CoRE twice.
    const withdrawn = await unEcho(as.douai, thread.id, DOUAI)
    expect(withdrawn.body).toMatchObject({ echoCount: 1, supraTerritorial: false })
    expect((await synergies()).supraTerritorial.map((entry) => entry.thread.id)).not.toContain(
      thread.id,
    )
    expect((await echo(as.douai, thread.id, DOUAI)).body.supraTerritorial).toBe(true)
    expect(await supraNotificationsOf(as.admin, thread.id)).toHaveLength(1)
  })

  it('refuses « nous aussi » for the origin, for a question, and from a lecteur', async () => {
    const remontee = await openThread('signal-faible', 'Recrutements en logistique')
    const ofOrigin = await echo(as.lens, remontee.id, LENS)
    expect(ofOrigin.status).toBe(409)
    expect(ofOrigin.body.error.code).toBe('CONFLICT')
    expect((await echo(as.lecteur, remontee.id, LILLE)).status).toBe(403)
    // Admins do not speak for a CLPE they are not members of.
    expect((await echo(as.admin, remontee.id, LILLE)).status).toBe(403)
    expect((await echo(as.lille, remontee.id, 'core')).status).toBe(400)

    const question = await openThread('question', 'Financement du permis')
    const onQuestion = await echo(as.lille, question.id, LILLE)
    expect(onQuestion.status).toBe(409)
    expect(onQuestion.body.error.message).toContain('remontée')
    expect(
      (await api.request<ExchangeView>('GET', `/api/echanges/${question.id}`, { as: as.lille }))
        .body.can.echoFor,
    ).toEqual([])
  })

  it('lets only the editors of a CLPE withdraw its « nous aussi »', async () => {
    const thread = await openThread('remontee', 'Logement des alternants')
    await echo(as.lille, thread.id, LILLE)
    expect((await unEcho(as.lecteur, thread.id, LILLE)).status).toBe(403)
    expect((await unEcho(as.lens, thread.id, LILLE)).status).toBe(403)
    expect((await unEcho(as.lille, thread.id, LILLE)).status).toBe(200)
    const again = await unEcho(as.lille, thread.id, LILLE)
    expect(again.status).toBe(404)
    expect(again.body.error.code).toBe('NOT_FOUND')
  })

  it('shows the seeded demo: a mobility remontée of the Bassin minier raised by 3 CLPE', async () => {
    const view = await synergies()
    const titles = view.supraTerritorial.map((subject) => subject.thread.title)
    expect(titles).toContain(
      'Pas de transport pour les prises de poste en horaires décalés dans le Bassin minier',
    )
    const questions = view.themes.flatMap((theme) =>
      theme.subjects.filter((subject) => subject.thread.type === 'question'),
    )
    expect(questions).toEqual([])
  })
})
