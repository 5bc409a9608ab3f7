import { describe, expect, it } from 'vitest'
import type { PersonRefView } from '@maillage/protocol'
import type { Credential } from '../helpers/apiClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { LILLE, useExchangeFixture } from '../helpers/exchangeFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('échanges: threads, live messages and mentions', () => {
  const { as, ids, request, open, openThread, post, notificationsOf, reader, messagesOf } =
    useExchangeFixture()

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
    const document = await request<{ document: { spaceId: string; sharedWithAll: boolean } }>(
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
    const listed = await request<{ id: string; messageCount: number }[]>('GET', '/api/echanges', {
      as: as.lecteur,
    })
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

  it('offers people to mention by name, without case or accents, never the asker', async () => {
    const thread = await openThread()
    const search = async (credential: Credential, q: string) => {
      const response = await request<PersonRefView[]>(
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
})
