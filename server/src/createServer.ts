import Fastify from 'fastify'
import type { Logger } from 'pino'
import { CloseCode } from '@maillage/protocol'
import { allowAllAuthenticator } from './auth/allowAllAuthenticator.ts'
import type { Authenticator } from './auth/Authenticator.ts'
import type { ServerConfig, StoreConfig } from './config.ts'
import { registerOperationsRoutes } from './http/registerOperationsRoutes.ts'
import { Metrics } from './observability/Metrics.ts'
import type { DocumentStore } from './persistence/DocumentStore.ts'
import { LowdbDocumentStore } from './persistence/LowdbDocumentStore.ts'
import { MemoryDocumentStore } from './persistence/MemoryDocumentStore.ts'
import { RoomRegistry } from './sync/RoomRegistry.ts'
import { SyncServer } from './sync/SyncServer.ts'
import { systemTimers, type Timers } from './time/Timers.ts'

/** What {@link createServer} needs; everything but `config` and `logger` has a default. */
export interface CreateServerOptions {
  readonly config: ServerConfig
  readonly logger: Logger
  /** Replaces the authenticator the configuration selects (tests of access rules). */
  readonly authenticator?: Authenticator
  readonly timers?: Timers
}

/** A running Maillage server: HTTP API, static files and the sync websocket on one port. */
export interface MaillageServer {
  /** Starts listening; resolves with the base URL (`http://host:port`) once ready. */
  listen(): Promise<{ url: string; port: number }>
  /**
   * Stops accepting connections, saves every document, closes every websocket with 1001 and
   * releases the store. Safe to call twice.
   */
  close(): Promise<void>
  readonly metrics: Metrics
  readonly store: DocumentStore
}

/** Builds a server from its configuration; the only place that chooses and wires adapters. */
export function createServer(options: CreateServerOptions): MaillageServer {
  const { config, logger } = options
  const timers = options.timers ?? systemTimers
  const store = createDocumentStore(config.store)
  const authenticator = options.authenticator ?? allowAllAuthenticator
  // Read only when /metrics is scraped, after both are built below.
  const metrics: Metrics = new Metrics({
    connections: () => syncServer.connectionCount,
    rooms: () => rooms.size,
  })
  const rooms: RoomRegistry = new RoomRegistry({
    store,
    timers,
    logger,
    metrics,
    limits: config.limits,
    saveDelayMs: config.saveDelayMs,
    compactAfterAppends: config.compactAfterAppends,
    retryDelayMs: config.saveRetryDelayMs,
  })
  const syncServer = new SyncServer({
    registry: rooms,
    authenticator,
    limits: config.limits,
    metrics,
    logger,
    timers,
  })

  let ready = false
  let closing: Promise<void> | undefined
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 })
  registerOperationsRoutes(app, { metrics, isReady: () => ready })
  app.server.on('upgrade', (request, socket, head) => {
    syncServer.handleUpgrade(request, socket, head)
  })

  async function shutDown(): Promise<void> {
    ready = false
    syncServer.stopAccepting()
    const results = await Promise.allSettled(
      rooms.rooms().map((room) => room.shutdown(CloseCode.GoingAway)),
    )
    const failed = results.filter((result) => result.status === 'rejected').length
    if (failed > 0) logger.error({ failed }, 'some documents could not be saved during shutdown')
    await syncServer.close(CloseCode.GoingAway)
    await app.close()
    await store.close()
  }

  return {
    metrics,
    store,
    async listen() {
      await app.listen({ host: config.host, port: config.port })
      const address = app.server.address()
      if (address === null || typeof address === 'string') throw new Error('not listening on TCP')
      ready = true
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
      logger.warn(
        `MAILLAGE_AUTH=${config.auth}: every client may read and WRITE every document without signing in`,
      )
      return { url: `http://${host}:${address.port}`, port: address.port }
    },
    close() {
      closing ??= shutDown()
      return closing
    },
  }
}

function createDocumentStore(config: StoreConfig): DocumentStore {
  switch (config.kind) {
    case 'lowdb':
      return new LowdbDocumentStore(config.dataDir)
    case 'memory':
      return new MemoryDocumentStore()
  }
}
