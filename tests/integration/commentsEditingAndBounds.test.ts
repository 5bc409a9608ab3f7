import { describe, expect, it } from 'vitest'
import type { ApiErrorBody } from '@maillage/protocol'
import { anchorOf, firstParagraph, threadsOf } from '../helpers/commentAnchors.ts'
import { useCommentsFixture, type ThreadResponse } from '../helpers/commentsFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The messages of comment threads edited and deleted by their authors, the bounds of what a
// comment may hold and how often, and the comments' map protected from stock clients (the stage:
// ../helpers/commentsFixture.ts).

describe('comments anchored in the text of a document: edition and bounds', () => {
  const f = useCommentsFixture()
  const { connect, comment, pageWithText } = f

  it('lets authors edit and delete their own messages only, a thread going with its last', async () => {
    const { page, writer } = await pageWithText('Relecture', 'Un passage à revoir.')
    const opened = await comment(f.as.lille, page.id, {
      ancre: anchorOf(firstParagraph(writer.doc), 'passage'),
      texte: 'Premier jet.',
    })
    const threadId = opened.body.id
    const firstId = opened.body.messages[0]?.id ?? ''
    const messagePath = (id: string) =>
      `/api/documents/${page.id}/commentaires/${threadId}/messages/${id}`
    const replied = await f.api.request<ThreadResponse>(
      'POST',
      `/api/documents/${page.id}/commentaires/${threadId}/reponses`,
      { as: f.as.lecteur, body: { texte: 'Une réponse.' } },
    )
    const replyId = replied.body.messages[1]?.id ?? ''

    const edited = await f.api.request<ThreadResponse>('PATCH', messagePath(firstId), {
      as: f.as.lille,
      body: { texte: 'Second jet, @Thomas Petit.', mentions: [f.ids.lecteur] },
    })
    expect(edited.status, edited.text).toBe(200)
    expect(edited.body.messages[0]).toMatchObject({
      text: 'Second jet, @Thomas Petit.',
      mentions: [f.ids.lecteur],
    })
    expect(edited.body.messages[0]?.editedAt).toBeDefined()
    const notSelf = await f.api.request<ApiErrorBody>('PATCH', messagePath(replyId), {
      as: f.as.lille,
      body: { texte: 'Pas à moi.' },
    })
    expect(notSelf.status).toBe(403)
    expect((await f.api.request('DELETE', messagePath(replyId), { as: f.as.lille })).status).toBe(
      403,
    )
    await waitFor(() => {
      expect(threadsOf(writer.doc).get(threadId)?.messages[0]?.text).toBe(
        'Second jet, @Thomas Petit.',
      )
    })

    expect((await f.api.request('DELETE', messagePath(replyId), { as: f.as.lecteur })).status).toBe(
      200,
    )
    await waitFor(() => {
      expect(threadsOf(writer.doc).get(threadId)?.messages).toHaveLength(1)
    })
    const gone = await f.api.request<{ thread: null }>('DELETE', messagePath(firstId), {
      as: f.as.lille,
    })
    expect(gone.body).toEqual({ thread: null })
    await waitFor(() => {
      expect(threadsOf(writer.doc).has(threadId)).toBe(false)
    })
  })

  it('bounds what a comment may hold', async () => {
    const { page, writer } = await pageWithText('Bornes', 'Un texte à commenter.')
    const ancre = anchorOf(firstParagraph(writer.doc), 'texte')
    const tooLong = await comment(f.as.lille, page.id, { ancre, texte: 'x'.repeat(5001) })
    expect(tooLong.status).toBe(400)
    const longQuote = await comment(f.as.lille, page.id, {
      ancre: { ...ancre, quote: 'x'.repeat(301) },
      texte: 'Trop cité.',
    })
    expect(longQuote.status).toBe(400)
    const otherRoot = await comment(f.as.lille, page.id, {
      ancre: { type: 'texte', start: { tname: 'title' }, end: { tname: 'title' }, quote: '' },
      texte: 'Le titre ?',
    })
    expect(otherRoot.status).toBe(400)
    const badPosition = await comment(f.as.lille, page.id, {
      ancre: { ...ancre, start: { item: { client: -1, clock: 0 } } },
      texte: 'Position inventée.',
    })
    expect(badPosition.status).toBe(400)
    const missing = await f.api.request<ApiErrorBody>(
      'POST',
      `/api/documents/${page.id}/commentaires/inexistant/reponses`,
      { as: f.as.lille, body: { texte: 'Bonjour' } },
    )
    expect(missing.status).toBe(404)
  })

  it('refuses a 31st comment within a minute with a French message', async () => {
    const { page, writer } = await pageWithText('Cadence', 'Un passage.')
    const ancre = anchorOf(firstParagraph(writer.doc), 'passage')
    // Earlier tests of this file posted some of the admin's: count from what is left.
    const statuses: number[] = []
    for (let index = 0; index < 31; index++) {
      statuses.push(
        (await comment(f.as.admin, page.id, { ancre, texte: `Remarque ${index}` })).status,
      )
    }
    const refused = statuses.indexOf(429)
    expect(refused).toBeGreaterThan(0)
    expect(statuses.slice(0, refused).every((status) => status === 201)).toBe(true)
    const last = await comment(f.as.admin, page.id, { ancre, texte: 'Encore une' })
    expect(last.status).toBe(429)
    expect(last.body.error.message).toMatch(/beaucoup de commentaires/)
  })

  it('closes with 4403 a stock y-websocket client that writes comments, nothing applied', async () => {
    const { page, writer } = await pageWithText('Protégé', 'Texte.')
    const opened = await comment(f.as.lille, page.id, {
      ancre: anchorOf(firstParagraph(writer.doc), 'Texte'),
      texte: 'Vrai commentaire.',
    })
    expect(opened.status).toBe(201)
    const forger = await connect(f.as.lille, page.id)
    await waitFor(() => {
      expect(threadsOf(forger.doc).size).toBe(1)
    })
    const closeCodes: number[] = []
    forger.provider.on('connection-close', (event: { code: number } | null) => {
      if (event !== null) closeCodes.push(event.code)
    })
    forger.doc.getMap('comments').set(opened.body.id, { ...opened.body, status: 'resolu' })
    forger.doc.getMap('comments').set('faux', { id: 'faux' })
    await waitFor(() => {
      expect(closeCodes).toContain(4403)
    })
    forger.provider.disconnect()
    const observer = await connect(f.as.admin, page.id)
    firstParagraph(writer.doc).insert(0, 'Encore du ')
    await waitFor(() => {
      expect(firstParagraph(observer.doc).toJSON()).toBe('Encore du Texte.')
    })
    expect([...threadsOf(observer.doc).keys()]).toEqual([opened.body.id])
    expect(threadsOf(observer.doc).get(opened.body.id)?.status).toBe('ouvert')
  })
})
