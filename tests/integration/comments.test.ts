import { describe, expect, it } from 'vitest'
import type { CommentThreadView, NotificationListView } from '@maillage/protocol'
import { parseSpaceId } from '@maillage/schema'
import { anchorOf, anchoredText, firstParagraph, threadsOf } from '../helpers/commentAnchors.ts'
import { LILLE, useCommentsFixture, type ThreadResponse } from '../helpers/commentsFixture.ts'
import { createPage } from '../helpers/createDocument.ts'
import { waitFor } from '../helpers/waitFor.ts'

// Comments anchored in the text: anchors through concurrent edits, live threads, structured
// fields, who may comment and who is told (the stage: ../helpers/commentsFixture.ts). Their
// edition, bounds and protection: commentsEditingAndBounds.test.ts.

/** A working group made by the test, whose lecteurs only read. */
const CLOSED_GROUP = parseSpaceId('groupe-relecture-fermee')

describe('comments anchored in the text of a document', () => {
  const f = useCommentsFixture()
  const { connect, comment, pageWithText } = f

  it('keeps each anchor on the same text in two clients editing the passage concurrently', async () => {
    const { page, writer: a } = await pageWithText(
      'Calendrier du comité',
      'Le comité se réunit chaque trimestre avec les partenaires.',
    )
    const b = await connect(f.as.admin, page.id)
    await waitFor(() => {
      expect(firstParagraph(b.doc).toJSON()).toContain('partenaires')
    })
    const text = firstParagraph(a.doc)
    const posting = [
      comment(f.as.lille, page.id, {
        ancre: anchorOf(text, 'chaque trimestre'),
        texte: 'Préciser les dates.',
      }),
      comment(f.as.admin, page.id, {
        ancre: anchorOf(text, 'se réunit'),
        texte: 'Réunion ou séance ?',
      }),
      comment(f.as.lille, page.id, { ancre: anchorOf(text, 'partenaires'), texte: 'Lesquels ?' }),
    ]
    // Edits made in the same turn by both clients: neither has seen the other's.
    text.insert(0, 'Depuis 2025, ')
    text.delete(text.toJSON().indexOf('chaque '), 'chaque '.length)
    const other = firstParagraph(b.doc)
    other.insert(other.toJSON().indexOf('trimestre'), 'bon ')
    other.delete(other.toJSON().indexOf('se réunit'), 'se réunit'.length)
    other.insert(other.toJSON().indexOf('partenaires'), 'nouveaux ')
    const [byDate, byMeeting, byPartners] = await Promise.all(posting)
    for (const response of [byDate, byMeeting, byPartners])
      expect(response?.status, response?.text).toBe(201)

    await waitFor(() => {
      expect(firstParagraph(a.doc).toJSON()).toBe(firstParagraph(b.doc).toJSON())
      expect(threadsOf(a.doc).size).toBe(3)
      expect(threadsOf(b.doc).size).toBe(3)
    })
    expect(firstParagraph(a.doc).toJSON()).toBe(
      'Depuis 2025, Le comité  bon trimestre avec les nouveaux partenaires.',
    )
    const expected = new Map([
      [byDate?.body.id, 'bon trimestre'],
      [byMeeting?.body.id, ''],
      [byPartners?.body.id, 'partenaires'],
    ])
    for (const client of [a, b]) {
      for (const [id, thread] of threadsOf(client.doc)) {
        expect(anchoredText(client.doc, thread)).toBe(expected.get(id))
      }
    }
    // The deleted passage keeps its quote: the panel says it was deleted and shows what it was.
    expect(threadsOf(a.doc).get(byMeeting?.body.id ?? '')?.anchor).toMatchObject({
      quote: 'se réunit',
    })
  })

  it('lets everyone reading see a new thread, replies and its status live', async () => {
    const { page, writer } = await pageWithText(
      'Ordre du jour',
      'Point sur les entrées en formation.',
    )
    const reader = await connect(f.as.lecteur, page.id)
    const opened = await comment(f.as.lille, page.id, {
      ancre: anchorOf(firstParagraph(writer.doc), 'entrées en formation'),
      texte: 'Ajouter les chiffres de mars.',
    })
    expect(opened.status).toBe(201)
    const threadId = opened.body.id
    const reply = await f.api.request<ThreadResponse>(
      'POST',
      `/api/documents/${page.id}/commentaires/${threadId}/reponses`,
      { as: f.as.lecteur, body: { texte: 'Je les ai : 42 entrées.' } },
    )
    expect(reply.status, reply.text).toBe(201)
    const resolved = await f.api.request<ThreadResponse>(
      'PUT',
      `/api/documents/${page.id}/commentaires/${threadId}/statut`,
      { as: f.as.lille, body: { statut: 'resolu' } },
    )
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({ status: 'resolu', resolvedBy: { id: f.ids.lille } })
    await waitFor(() => {
      const thread = threadsOf(reader.doc).get(threadId)
      expect(thread?.status).toBe('resolu')
      expect(thread?.messages.map((message) => message.text)).toEqual([
        'Ajouter les chiffres de mars.',
        'Je les ai : 42 entrées.',
      ])
    })
    const reopened = await f.api.request<ThreadResponse>(
      'PUT',
      `/api/documents/${page.id}/commentaires/${threadId}/statut`,
      { as: f.as.lecteur, body: { statut: 'ouvert' } },
    )
    expect(reopened.body.status).toBe('ouvert')
    expect(reopened.body.resolvedBy).toBeUndefined()
    const listed = await f.api.request<{ threads: CommentThreadView[] }>(
      'GET',
      `/api/documents/${page.id}/commentaires`,
      { as: f.as.lecteur },
    )
    expect(listed.body.threads.map((thread) => [thread.id, thread.status])).toEqual([
      [threadId, 'ouvert'],
    ])
    const audit = await f.server.server.metadata.listAudit()
    expect(audit.filter((entry) => entry.target === page.id).map((entry) => entry.action)).toEqual([
      'document.created',
      'comment.thread-opened',
      'comment.replied',
      'comment.resolved',
      'comment.reopened',
    ])
  })

  it('comments a structured field by its name, and refuses a field the kind does not have', async () => {
    const created = await f.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: f.as.lille, body: { kind: 'fiche-action', title: 'Parrainage des seniors' } },
    )
    expect(created.status).toBe(201)
    const id = created.body.document.id
    const onField = await comment(f.as.lille, id, {
      ancre: { type: 'champ', field: 'cadrePrecision' },
      texte: 'Objectif à chiffrer.',
    })
    expect(onField.status, onField.text).toBe(201)
    expect(onField.body.anchor).toEqual({ type: 'champ', field: 'cadrePrecision' })
    const unknown = await comment(f.as.lille, id, {
      ancre: { type: 'champ', field: 'inexistant' },
      texte: 'Objectif à chiffrer.',
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.code).toBe('VALIDATION_FAILED')
  })

  it('lets a lecteur comment where the space allows it, not where it does not, and hides the document from other territories', async () => {
    const { page, writer } = await pageWithText('Diagnostic partagé', 'Le taux de chômage baisse.')
    const ancre = anchorOf(firstParagraph(writer.doc), 'taux de chômage')
    // CLPE Lille leaves the lecteurs' right at its default: comment.
    expect((await comment(f.as.lecteur, page.id, { ancre, texte: 'Source ?' })).status).toBe(201)
    const lens = await comment(f.as.lens, page.id, { ancre, texte: 'Source ?' })
    expect(lens.status).toBe(404)
    const view = await f.api.request<{ document: { review: object } }>(
      'GET',
      `/api/documents/${page.id}`,
      {
        as: f.as.lecteur,
      },
    )
    expect(view.body.document.review).toEqual({
      comment: true,
      suggest: false,
      edit: false,
      defaultMode: 'suggestion',
    })

    // A working group whose lecteurs only read.
    const metadata = f.server.server.metadata
    const now = new Date().toISOString()
    await metadata.createSpace({
      id: CLOSED_GROUP,
      kind: 'groupe-de-travail',
      name: 'Groupe à relecture fermée',
      description: '',
      createdAt: now,
      relecture: { lecteurs: 'lecture' },
    })
    await metadata.putMembership({
      spaceId: CLOSED_GROUP,
      accountId: f.ids.lecteur,
      role: 'lecteur',
      createdAt: now,
    })
    const closed = await createPage(f.api, f.as.admin, {
      spaceId: CLOSED_GROUP,
      title: 'Note interne',
    })
    const refused = await comment(f.as.lecteur, closed.id, {
      ancre: { type: 'texte', start: { tname: 'body' }, end: { tname: 'body' }, quote: '' },
      texte: 'Puis-je commenter ?',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('AUTH_FORBIDDEN')
    expect(threadsOf(writer.doc).size).toBe(1)
  })

  it('notifies the people mentioned who may read the document, and refuses mentioning others', async () => {
    const { page, writer } = await pageWithText(
      'Plan d’action',
      'Mobiliser les employeurs du bassin.',
    )
    const ancre = anchorOf(firstParagraph(writer.doc), 'employeurs')
    const mentioned = await comment(f.as.lille, page.id, {
      ancre,
      texte: '@Thomas Petit, peux-tu relire ce passage ?',
      mentions: [f.ids.lecteur],
    })
    expect(mentioned.status, mentioned.text).toBe(201)
    expect(mentioned.body.messages[0]?.mentions).toEqual([f.ids.lecteur])
    const notifications = await f.api.request<NotificationListView>('GET', '/api/notifications', {
      as: f.as.lecteur,
    })
    expect(notifications.body.notifications[0]).toMatchObject({
      kind: 'mention',
      link: `/documents/${page.id}#commentaire-${mentioned.body.id}`,
    })
    // Lens is no member of CLPE Lille: a mention would send a link he cannot open.
    const outsider = await comment(f.as.lille, page.id, {
      ancre,
      texte: '@Julien Lefebvre, un avis ?',
      mentions: [f.ids.lens],
    })
    expect(outsider.status).toBe(403)
  })
})
