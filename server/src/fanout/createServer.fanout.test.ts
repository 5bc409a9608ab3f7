import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pino } from 'pino'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { DEFAULT_WEB_DIR, type ServerConfig } from '../config.ts'
import { createServer, type MaillageServer } from '../createServer.ts'
import { randomRedisPrefix, TEST_REDIS_URL } from '../coordination/redisFixtures.ts'
import { createTestDatabase, type TestDatabase } from '../persistence/postgres/postgresFixtures.ts'
import { DEFAULT_SYNC_LIMITS } from '../sync/SyncLimits.ts'
import { newDocumentId } from '../sync/roomTestKit.ts'
import { waitFor } from './waitFor.ts'

// The composition root with REDIS_URL set: two servers over one PostgreSQL database and one Redis,
// as two processes behind a load balancer, and the stock client on each.

let database: TestDatabase
const servers: { server: MaillageServer; syncUrl: string }[] = []
const providers: WebsocketProvider[] = []

async function startServer(prefix: string): Promise<string> {
  const config: ServerConfig = {
    host: '127.0.0.1',
    port: 0,
    store: { kind: 'postgres', url: database.url },
    redis: { url: TEST_REDIS_URL, prefix },
    auth: 'none',
    allowedOrigins: [],
    demoData: false,
    sessionTtlMs: 60 * 60 * 1000,
    production: false,
    logLevel: 'silent',
    limits: DEFAULT_SYNC_LIMITS,
    saveDelayMs: 1000,
    compactAfterAppends: 50,
    saveRetryDelayMs: 100,
    webDir: DEFAULT_WEB_DIR,
  }
  const server = await createServer({ config, logger: pino({ level: 'silent' }) })
  const { url } = await server.listen()
  const syncUrl = `${url.replace(/^http/, 'ws')}/sync`
  servers.push({ server, syncUrl })
  return syncUrl
}

function connect(syncUrl: string, documentId: string): WebsocketProvider {
  const provider = new WebsocketProvider(syncUrl, documentId, new Y.Doc(), {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  providers.push(provider)
  return provider
}

beforeAll(async () => {
  database = await createTestDatabase()
}, 60_000)
afterAll(async () => {
  for (const provider of providers.splice(0)) {
    provider.destroy()
    provider.doc.destroy()
  }
  for (const { server } of servers.splice(0)) await server.close()
  await database.drop()
}, 60_000)

describe('createServer with REDIS_URL', { timeout: 60_000 }, () => {
  it('makes the clients of two servers over one database converge and see each other', async () => {
    const prefix = randomRedisPrefix()
    // One after the other: the first migrates and seeds the new database.
    const first = await startServer(prefix)
    const second = await startServer(prefix)
    const id = newDocumentId()
    const [onFirst, onSecond] = [connect(first, id), connect(second, id)]
    onFirst.doc.getText('body').insert(0, 'premier ')
    onSecond.doc.getText('body').insert(0, 'second ')
    onSecond.awareness.setLocalStateField('user', { name: 'Bob' })
    await waitFor(() => {
      const text = onFirst.doc.getText('body').toString()
      expect(text).toBe(onSecond.doc.getText('body').toString())
      expect(text).toContain('premier ')
      expect(text).toContain('second ')
      expect(onFirst.awareness.getStates().get(onSecond.awareness.clientID)).toEqual({
        user: { name: 'Bob' },
      })
    })
  })
})
