import { describe, expect, it } from 'vitest'
import type { ApiErrorBody } from '@maillage/protocol'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { LENS, LILLE, useExchangeFixture } from '../helpers/exchangeFixture.ts'

describe('échanges: status, who opens a thread, and the list of threads', () => {
  const { as, request, open, openThread, post, setStatus, reader } = useExchangeFixture()

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
    const listed = await request<{ id: string }[]>('GET', '/api/echanges?statut=repondu', {
      as: as.lille,
    })
    expect(listed.body.map((entry) => entry.id)).toContain(thread.id)
    const document = await request<{ document: { status?: string } }>(
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
    const note = await request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: as.lille, body: { kind: 'note', title: 'Note de veille' } },
    )
    for (const id of [note.body.document.id, 'fil-inconnu']) {
      const response = await request<ApiErrorBody>('GET', `/api/echanges/${id}`, {
        as: as.lille,
      })
      expect(response.status).toBe(404)
      expect(response.body.error.code).toBe('NOT_FOUND')
      const posted = await post(as.lille, id, messageContent('Bonjour'))
      expect(posted.status).toBe(404)
    }
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
      request<{ id: string }[] & ApiErrorBody>('GET', `/api/echanges${query}`, {
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
