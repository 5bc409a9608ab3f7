import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ApiErrorBody,
  ExchangeMessageView,
  ExchangeView,
  NotificationListView,
  PersonRefView,
} from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'

type Person = 'lille' | 'lens' | 'admin' | 'lecteur' | 'copil'

describe('échanges: threads, live messages, mentions and status', () => {
  let server: TestServer
  let api: ApiClient
  const as = {} as Record<Person, Credential>
  const ids = {} as Record<Person, string>
  const clients: SyncClient[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const people: readonly Person[] = ['lille', 'lens', 'admin', 'lecteur', 'copil']
    const signedIn = await Promise.all(people.map((name) => api.signIn(`${name}@demo.maillage.fr`)))
    people.forEach((name, index) => {
      const entry = signedIn[index]
      if (entry === undefined) throw new Error(`${name} did not sign in`)
      as[name] = entry.credential
      ids[name] = entry.accountId
    })
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function open(credential: Credential, body: object = {}) {
    return api.request<ExchangeView & ApiErrorBody>('POST', '/api/echanges', {
      as: credential,
      body: {
        type: 'question',
        title: 'Quelle prise en charge des frais de garde pendant une formation ?',
        themes: ['formation', 'insertion'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: messageContent('Nos stagiaires abandonnent faute de mode de garde.'),
        ...body,
      },
    })
  }
  async function openThread(credential = as.lille, body: object = {}): Promise<ExchangeView> {
    const response = await open(credential, body)
    expect(response.status, response.text).toBe(201)
    return response.body
  }
  async function post(credential: Credential, id: string, content: unknown) {
    return api.request<ExchangeMessageView & ApiErrorBody>('POST', `/api/echanges/${id}/messages`, {
      as: credential,
      body: { content },
    })
  }
  async function setStatus(credential: Credential, id: string, status: string) {
    return api.request<ExchangeView & ApiErrorBody>('PATCH', `/api/echanges/${id}`, {
      as: credential,
      body: { status },
    })
  }
  async function notificationsOf(credential: Credential): Promise<NotificationListView> {
    const response = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: credential,
    })
    expect(response.status).toBe(200)
    return response.body
  }
  async function reader(credential: Credential, documentId: string): Promise<SyncClient> {
    const client = connectClient(server.syncUrl, documentId, syncCredentials(server, credential))
    clients.push(client)
    await whenSynced(client)
    return client
  }
  const messagesOf = (client: SyncClient) =>
    client.doc.getArray<ExchangeMessageView>('messages').toArray()

  it('opens a thread in the espace régional, shared with all, with its opening message', async () => {
    const thread = await openThread()
    expect(thread).toMatchObject({
      type: 'question',
      status: 'ouvert',
      themes: ['formation', 'insertion'],
      origin: { spaceId: LILLE, name: 'CLPE Lille Métropole', departement: '59' },
      territories: [{ spaceId: LILLE }],
      author: { id: ids.lille, name: 'Nadia Benali' },
      messageCount: 1,
      echoCount: 0,
      supraTerritorial: false,
      echoes: [],
      can: { post: true, changeStatus: true, echoFor: [] },
    })
    const document = await api.request<{ document: { spaceId: string; sharedWithAll: boolean } }>(
      'GET',
      `/api/documents/${thread.id}`,
      { as: as.lens },
    )
    expect(document.body.document).toMatchObject({
      spaceId: 'espace-regional',
      sharedWithAll: true,
    })
    const client = await reader(as.lens, thread.id)
    expect(messagesOf(client)).toHaveLength(1)
    expect(client.doc.getMap('fields').toJSON()).toMatchObject({
      type: 'question',
      statut: 'ouvert',
      nousAussi: 0,
    })
  })

  it('shows a message posted by a third person live to two connected readers, author and time set by the server', async () => {
    const thread = await openThread()
    const [lecteur, lens] = await Promise.all([
      reader(as.lecteur, thread.id),
      reader(as.lens, thread.id),
    ])
    const before = new Date().toISOString()
    const posted = await post(as.admin, thread.id, {
      ...messageContent('Le Département prend en charge une partie des frais de garde.'),
      // What a client claims about the author or time is not a message's: the server sets them.
      author: { id: ids.lecteur, name: 'Quelqu’un d’autre' },
    })
    expect(posted.status, posted.text).toBe(201)
    expect(posted.body.author).toEqual({ id: ids.admin, name: 'Camille Dupont' })
    expect(posted.body.at >= before).toBe(true)

    for (const client of [lecteur, lens]) {
      const last = await waitFor(() => {
        const messages = messagesOf(client)
        expect(messages).toHaveLength(2)
        return messages[1]
      })
      expect(last).toEqual(posted.body)
      expect(JSON.stringify(last?.content)).toContain('frais de garde')
    }
    const listed = await api.request<{ id: string; messageCount: number }[]>(
      'GET',
      '/api/echanges',
      { as: as.lecteur },
    )
    expect(listed.body[0]).toMatchObject({ id: thread.id, messageCount: 2 })
  })

  it('refuses a lecteur’s message (403), and relays nothing a lecteur writes in the Y.Doc', async () => {
    const thread = await openThread()
    const refused = await post(as.lecteur, thread.id, messageContent('Je voudrais répondre.'))
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
    expect((await open(as.lecteur)).status).toBe(403)

    const [lecteur, other] = await Promise.all([
      reader(as.lecteur, thread.id),
      reader(as.lens, thread.id),
    ])
    lecteur.doc.getArray<unknown>('messages').push([
      {
        id: 'faux-message',
        author: { id: ids.lecteur, name: 'Thomas Petit' },
        at: new Date().toISOString(),
        content: messageContent('Message écrit directement dans le document.'),
        mentions: [],
      },
    ])
    lecteur.doc.getMap('fields').set('statut', 'clos')
    // The server handles a connection's frames in order: once the lecteur's awareness reached the
    // other reader, the edit sent before it was handled too (dropped, or relayed).
    lecteur.provider.awareness.setLocalStateField('marqueur', 'après-écriture')
    await waitFor(() => {
      const states = [...other.provider.awareness.getStates().values()]
      expect(states.some((state) => state['marqueur'] === 'après-écriture')).toBe(true)
    })
    // A message posted afterwards through the API reaches the other reader after anything relayed.
    const later = await post(as.lille, thread.id, messageContent('Message posté par l’API.'))
    expect(later.status).toBe(201)
    await waitFor(() => {
      expect(messagesOf(other).map((message) => message.id)).toContain(later.body.id)
    })
    expect(messagesOf(other).map((message) => message.id)).not.toContain('faux-message')
    expect(other.doc.getMap('fields').get('statut')).toBe('ouvert')

    const fresh = await reader(as.copil, thread.id)
    expect(messagesOf(fresh).map((message) => message.id)).not.toContain('faux-message')
    expect(messagesOf(fresh)).toHaveLength(2)
  })

  it('notifies the mentioned person only, once, and drops unknown ids', async () => {
    const thread = await openThread(as.lille, { title: 'Garde d’enfants et reprise d’emploi' })
    const lensBefore = await notificationsOf(as.lens)
    const lilleBefore = await notificationsOf(as.lille)
    const copilBefore = await notificationsOf(as.copil)
    const mention = (id: string, label: string) => ({ type: 'mention', attrs: { id, label } })
    const posted = await post(as.lille, thread.id, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            mention(ids.lens, 'Quelqu’un'),
            { type: 'text', text: ' et ' },
            mention(ids.lens, 'Julien'),
            { type: 'text', text: ', voyez la ' },
            {
              type: 'text',
              text: 'fiche de la CAF',
              marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://www.caf.fr/' } }],
            },
            { type: 'text', text: ' ; ' },
            mention('compte-inexistant', 'Personne'),
            mention(ids.lille, 'Moi-même'),
          ],
        },
      ],
    })
    expect(posted.status, posted.text).toBe(201)
    expect(posted.body.mentions).toEqual([ids.lens])
    // A mention shows the mentioned person's own name, whatever label was sent.
    expect(JSON.stringify(posted.body.content)).toContain('"label":"Julien Lefebvre"')

    const lensAfter = await notificationsOf(as.lens)
    expect(lensAfter.unread).toBe(lensBefore.unread + 1)
    expect(lensAfter.notifications[0]).toMatchObject({
      kind: 'mention',
      message: 'Nadia Benali vous a mentionné dans « Garde d’enfants et reprise d’emploi ».',
      link: `/echanges/${thread.id}#message-${posted.body.id}`,
    })
    expect((await notificationsOf(as.lille)).notifications).toHaveLength(
      lilleBefore.notifications.length,
    )
    expect((await notificationsOf(as.copil)).notifications).toHaveLength(
      copilBefore.notifications.length,
    )
  })

  it('refuses a message with a javascript: link or an unknown node, saying why', async () => {
    const thread = await openThread()
    const script = await post(as.lille, thread.id, {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'cliquez',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    })
    expect(script.status).toBe(400)
    expect(script.body.error.code).toBe('VALIDATION_FAILED')
    expect(script.body.error.details?.['content']).toContain('javascript:alert(1)')
    const image = await post(as.lille, thread.id, {
      type: 'doc',
      content: [{ type: 'image', attrs: { src: 'https://exemple.fr/a.png' } }],
    })
    expect(image.status).toBe(400)
    expect(image.body.error.message).toContain('« image »')
  })

  it('lets the author, the CoRE and the regional team move the status, and nobody else', async () => {
    const thread = await openThread(as.lens, { originSpaceId: LENS, territorySpaceIds: [LENS] })
    const byOther = await setStatus(as.lille, thread.id, 'repondu')
    expect(byOther.status).toBe(403)
    expect(byOther.body.error.code).toBe('AUTH_FORBIDDEN')
    // The comité de pilotage is neither the CoRE nor the espace régional.
    expect((await setStatus(as.copil, thread.id, 'repondu')).status).toBe(403)
    expect((await setStatus(as.lecteur, thread.id, 'repondu')).status).toBe(403)

    const byCore = await setStatus(as.admin, thread.id, 'pris-en-charge')
    expect(byCore.status).toBe(200)
    expect(byCore.body.status).toBe('pris-en-charge')
    const byAuthor = await setStatus(as.lens, thread.id, 'repondu')
    expect(byAuthor.body.status).toBe('repondu')
    expect((await setStatus(as.lens, thread.id, 'termine')).status).toBe(400)

    const client = await reader(as.lille, thread.id)
    expect(client.doc.getMap('fields').get('statut')).toBe('repondu')
    const listed = await api.request<{ id: string }[]>('GET', '/api/echanges?statut=repondu', {
      as: as.lille,
    })
    expect(listed.body.map((entry) => entry.id)).toContain(thread.id)
    const document = await api.request<{ document: { status?: string } }>(
      'GET',
      `/api/documents/${thread.id}`,
      { as: as.lille },
    )
    expect(document.body.document.status).toBe('repondu')
  })

  it('refuses messages in a closed thread until it is reopened', async () => {
    const thread = await openThread()
    const closed = await setStatus(as.lille, thread.id, 'clos')
    expect(closed.body.can.post).toBe(false)
    const refused = await post(as.admin, thread.id, messageContent('Une dernière précision.'))
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('CONFLICT')
    expect(refused.body.error.message).toContain('clos')

    const reopened = await setStatus(as.lille, thread.id, 'ouvert')
    expect(reopened.body.can.post).toBe(true)
    expect((await post(as.admin, thread.id, messageContent('Une précision.'))).status).toBe(201)
  })

  it('checks who raises a thread for a CLPE and which territories it names', async () => {
    const notMine = await open(as.lille, { originSpaceId: LENS })
    expect(notMine.status).toBe(403)
    // Admins are not the voice of a CLPE they are not members of.
    expect((await open(as.admin, { originSpaceId: LILLE })).status).toBe(403)
    const notClpe = await open(as.lille, { territorySpaceIds: [LILLE, 'core'] })
    expect(notClpe.status).toBe(400)
    expect(Object.keys(notClpe.body.error.details ?? {})).toEqual(['territorySpaceIds'])
    const noTitle = await open(as.lille, { title: '  ', themes: [] })
    expect(Object.keys(noTitle.body.error.details ?? {}).sort()).toEqual(['themes', 'title'])
    const empty = await open(as.lille, { content: { type: 'doc', content: [] } })
    expect(empty.status).toBe(400)
    expect(empty.body.error.details?.['content']).toMatch(/vide/u)
  })

  it('answers 404 for an unknown thread and for a document that is not a thread', async () => {
    const note = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: as.lille, body: { kind: 'note', title: 'Note de veille' } },
    )
    for (const id of [note.body.document.id, 'fil-inconnu']) {
      const response = await api.request<ApiErrorBody>('GET', `/api/echanges/${id}`, {
        as: as.lille,
      })
      expect(response.status).toBe(404)
      expect(response.body.error.code).toBe('NOT_FOUND')
      const posted = await post(as.lille, id, messageContent('Bonjour'))
      expect(posted.status).toBe(404)
    }
  })

  it('offers people to mention by name, without case or accents, never the asker', async () => {
    const thread = await openThread()
    const search = async (credential: Credential, q: string) => {
      const response = await api.request<PersonRefView[]>(
        'GET',
        `/api/echanges/${thread.id}/mentions?q=${encodeURIComponent(q)}`,
        { as: credential },
      )
      expect(response.status).toBe(200)
      return response.body
    }
    expect(await search(as.lens, 'NAD')).toEqual([{ id: ids.lille, name: 'Nadia Benali' }])
    expect(await search(as.lille, 'nadia')).toEqual([])
    expect((await search(as.lille, 'helene')).map((person) => person.name)).toEqual([
      'Hélène Morel',
    ])
    expect((await search(as.lille, '')).length).toBeLessThanOrEqual(8)
  })

  it('lists threads most recent activity first, filtered, and refuses a bad filter', async () => {
    const older = await openThread()
    const newer = await openThread(as.lens, {
      type: 'signal-faible',
      originSpaceId: LENS,
      territorySpaceIds: [LENS],
      themes: ['transition-ecologique'],
    })
    const list = async (query: string) =>
      api.request<{ id: string }[] & ApiErrorBody>('GET', `/api/echanges${query}`, {
        as: as.lecteur,
      })
    const all = (await list('')).body.map((entry) => entry.id)
    expect(all.indexOf(newer.id)).toBeLessThan(all.indexOf(older.id))
    await post(as.lille, older.id, messageContent('Relance du sujet.'))
    const relaunched = (await list('')).body.map((entry) => entry.id)
    expect(relaunched[0]).toBe(older.id)

    const ofLens = (await list(`?territoire=${LENS}&type=signal-faible`)).body.map((e) => e.id)
    expect(ofLens).toContain(newer.id)
    expect(ofLens).not.toContain(older.id)
    const ofTheme = (await list('?theme=transition-ecologique')).body.map((e) => e.id)
    expect(ofTheme).toContain(newer.id)
    expect(ofTheme).not.toContain(older.id)

    for (const bad of [
      '?type=sondage',
      '?statut=ferme',
      '?theme=meteo',
      '?territoire=clpe-99999',
    ]) {
      const response = await list(bad)
      expect(response.status, bad).toBe(400)
      expect(response.body.error.code).toBe('VALIDATION_FAILED')
    }
  })
})
