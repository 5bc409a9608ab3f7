import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExchangeMessageView, ExchangeView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { createApiClient } from '../helpers/apiClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { spawnServer, type ServerProcess } from '../helpers/spawnServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'

// What the server writes into a document on a person's request exists nowhere else: a thread's
// messages are read-only for every client, so no client can send them back after a crash. The API
// answers only once they are stored.
describe('what the server writes into documents survives kill -9 right after the answer', () => {
  let dataDir: string
  let server: ServerProcess | undefined
  const clients: SyncClient[] = []

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-server-writes-'))
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server?.dispose()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('keeps a thread and its messages posted just before the crash', async () => {
    const running = await spawnServer({
      dataDir,
      // The longest save delay allowed: without waiting for the save, the crash would lose them.
      env: { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true', MAILLAGE_SAVE_DELAY_MS: '1000' },
    })
    server = running
    let api = createApiClient(running.httpUrl)
    const lens = await api.signIn('lens@demo.maillage.fr')
    const opened = await api.request<ExchangeView>('POST', '/api/echanges', {
      as: lens.credential,
      body: {
        type: 'remontee',
        title: 'Pas de garde d’enfants pour les horaires décalés',
        themes: ['insertion'],
        territorySpaceIds: ['clpe-62005'],
        originSpaceId: 'clpe-62005',
        content: messageContent('Les crèches ferment à 18 h 30 ; les postes commencent à 5 h.'),
      },
    })
    expect(opened.status).toBe(201)
    const posted = await api.request('POST', `/api/echanges/${opened.body.id}/messages`, {
      as: lens.credential,
      body: { content: messageContent('Deux entreprises de la zone sont prêtes à cofinancer.') },
    })
    expect(posted.status).toBe(201)
    await running.kill9()

    await running.restart()
    api = createApiClient(running.httpUrl)
    const lille = await api.signIn('lille@demo.maillage.fr')
    const reader = connectClient(running.syncUrl, opened.body.id, {
      headers: syncCredentials({ httpUrl: running.httpUrl }, lille.credential).headers,
    })
    clients.push(reader)
    await whenSynced(reader)
    const messages = reader.doc.getArray<ExchangeMessageView>(DocumentRoot.Messages).toArray()
    expect(messages.map((message) => JSON.stringify(message.content))).toEqual([
      expect.stringContaining('Les crèches ferment à 18 h 30'),
      expect.stringContaining('prêtes à cofinancer'),
    ])
  })
})
