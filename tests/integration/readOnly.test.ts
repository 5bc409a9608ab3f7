import type { IncomingMessage } from 'node:http'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthDecision, Authenticator } from '@maillage/server'
import { metricValue } from '../helpers/metricValue.ts'
import { expectUpgradeRefusal } from '../helpers/expectUpgradeRefusal.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const DROPPED = 'maillage_read_only_updates_dropped_total'

const UNAUTHENTICATED: AuthDecision = {
  ok: false,
  status: 401,
  code: 'AUTH_REQUIRED',
  message: 'Connectez-vous pour ouvrir ce document.',
}

/** What each value of the `role` query parameter grants; any other value asks for a login. */
const DECISIONS: Readonly<Record<string, AuthDecision>> = {
  writer: { ok: true, principal: { id: 'alice', name: 'Alice' }, access: 'write' },
  reader: { ok: true, principal: { id: 'lucie', name: 'Lucie' }, access: 'read' },
  banned: {
    ok: false,
    status: 403,
    code: 'AUTH_FORBIDDEN',
    message: 'Vous n’avez pas accès à ce document.',
  },
}

/** Grants access from the `role` query parameter, the way a token would carry it in production. */
const roleAuthenticator: Authenticator = {
  authenticate: (request: IncomingMessage) => {
    const role = new URL(request.url ?? '/', 'http://localhost').searchParams.get('role') ?? ''
    return Promise.resolve(DECISIONS[role] ?? UNAUTHENTICATED)
  },
}

describe('access decided by the authenticator', () => {
  let server: TestServer
  const clients: SyncClient[] = []
  const connect = (documentId: string, role: 'writer' | 'reader'): SyncClient => {
    const client = connectClient(server.syncUrl, documentId, { params: { role } })
    clients.push(client)
    return client
  }

  beforeEach(async () => {
    server = await startServer({ authenticator: roleAuthenticator })
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  it('drops the updates of a read-only connection while it still receives edits and sends presence', async () => {
    const writer = connect('doc-read-only', 'writer')
    const reader = connect('doc-read-only', 'reader')
    await Promise.all([whenSynced(writer), whenSynced(reader)])

    writer.text.insert(0, 'écrit par Alice')
    await waitFor(() => {
      expect(reader.text.toString()).toBe('écrit par Alice')
    })
    reader.provider.awareness.setLocalStateField('user', { name: 'Lucie' })
    // Seeing the reader's presence also means the server has handled everything it sent before.
    await waitFor(() => {
      expect(writer.provider.awareness.getStates().get(reader.doc.clientID)).toEqual({
        user: { name: 'Lucie' },
      })
    })
    const droppedBefore = await metricValue(server.httpUrl, DROPPED)

    reader.text.insert(0, 'INTRUS ')
    await waitFor(async () => {
      expect(await metricValue(server.httpUrl, DROPPED)).toBeGreaterThan(droppedBefore)
    })

    const latecomer = connect('doc-read-only', 'writer')
    await whenSynced(latecomer)
    expect(latecomer.text.toString()).toBe('écrit par Alice')
    // A later edit reaching both means anything the server relayed before it has arrived too.
    latecomer.text.insert(latecomer.text.length, ' et Bob')
    await waitFor(() => {
      expect(writer.text.toString()).toBe('écrit par Alice et Bob')
      expect(reader.text.toString()).toContain(' et Bob')
    })
    expect(writer.text.toString()).not.toContain('INTRUS')
  })

  it('refuses the upgrade with HTTP 401 and a JSON error when the authenticator asks for a login', async () => {
    const refusedBefore = await metricValue(
      server.httpUrl,
      'maillage_upgrades_refused_total',
      '{status="401"}',
    )

    const refusal = await expectUpgradeRefusal(`${server.syncUrl}/doc-secret`)

    expect(refusal.status).toBe(401)
    expect(refusal.contentType).toMatch(/^application\/json/)
    expect(refusal.body).toEqual({
      error: { code: 'AUTH_REQUIRED', message: 'Connectez-vous pour ouvrir ce document.' },
    })
    expect(
      await metricValue(server.httpUrl, 'maillage_upgrades_refused_total', '{status="401"}'),
    ).toBe(refusedBefore + 1)
    expect(await metricValue(server.httpUrl, 'maillage_connections')).toBe(0)
  })

  it('refuses the upgrade with HTTP 403 and a JSON error when the authenticator forbids the document', async () => {
    const refusal = await expectUpgradeRefusal(`${server.syncUrl}/doc-secret?role=banned`)

    expect(refusal.status).toBe(403)
    expect(refusal.body).toEqual({
      error: { code: 'AUTH_FORBIDDEN', message: 'Vous n’avez pas accès à ce document.' },
    })
  })

  it('answers HTTP 404 with a JSON error to an upgrade outside /sync/<documentId>', async () => {
    const wsUrl = server.httpUrl.replace(/^http/, 'ws')

    for (const url of [`${wsUrl}/ailleurs?role=writer`, `${server.syncUrl}/?role=writer`]) {
      const refusal = await expectUpgradeRefusal(url)

      expect(refusal.status).toBe(404)
      expect(refusal.body).toEqual({
        error: { code: 'SYNC_UNKNOWN_PATH', message: expect.any(String) as unknown },
      })
    }
  })
})
