import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  LettreEditionView,
  LettreListView,
  LettrePreparedView,
  LettrePublishedView,
} from '@maillage/protocol'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The lettre with PostgreSQL: the index, the outbox and the audit in the database, the numéros'
// content in its document store; a published numéro stays in the archive after a restart.

describe('the lettre d’information with PostgreSQL', () => {
  let database: TestDatabase
  let smtp: TestSmtpServer

  allowExitListeners(8)

  beforeAll(async () => {
    database = await createTestDatabase()
    smtp = await startSmtpServer()
  })
  afterAll(async () => {
    await smtp.close()
    await database.drop()
  })

  function start(): Promise<TestServer> {
    return startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
      mail: {
        smtpUrl: smtp.url,
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        pollIntervalMs: 50,
      },
    })
  }

  it('publishes a numéro, mails it to a subscriber and keeps it in the archive across a restart', async () => {
    const first = await start()
    let api = createApiClient(first.httpUrl)
    let demo = await signInDemoAccounts(api, ['admin', 'lens'])
    const subscribed = await api.request('PUT', '/api/me/preferences-mail', {
      as: demo.as.lens,
      body: { preferences: { lettre: 'immediat' } },
    })
    expect(subscribed.status).toBe(200)
    const prepared = await api.request<LettrePreparedView>('POST', '/api/lettres', {
      as: demo.as.admin,
      body: {},
    })
    expect(prepared.status, prepared.text).toBe(201)
    const id = prepared.body.documentId
    const proofread = await api.request('POST', `/api/lettres/${id}/relecture`, {
      as: demo.as.admin,
    })
    expect(proofread.status, proofread.text).toBe(200)
    const published = await api.request<LettrePublishedView>(
      'POST',
      `/api/lettres/${id}/publication`,
      { as: demo.as.admin },
    )
    expect(published.status, published.text).toBe(200)
    expect(published.body.mailsQueued).toBe(1)
    const mail = await waitFor(() => {
      const found = smtp
        .mailsTo('lens@demo.maillage.fr')
        .find((candidate) => candidate.parsed.subject?.includes('Lettre d’information'))
      if (found === undefined) throw new Error('no numéro mailed to Lens yet')
      return found
    })
    expect(mail.parsed.text).toContain('Ateliers à venir')
    await first.close()

    const second = await start()
    try {
      api = createApiClient(second.httpUrl)
      demo = await signInDemoAccounts(api, ['admin', 'lens'])
      const archive = await api.request<LettreListView>('GET', '/api/lettres', { as: demo.as.lens })
      expect(archive.body.editions.map((edition) => edition.id)).toContain(id)
      const reading = await api.request<LettreEditionView>('GET', `/api/lettres/${id}`, {
        as: demo.as.lens,
      })
      expect(reading.body.published).toBe(true)
      const again = await api.request('POST', `/api/lettres/${id}/publication`, {
        as: demo.as.admin,
      })
      expect(again.status).toBe(409)
    } finally {
      await second.close()
    }
  })
})
