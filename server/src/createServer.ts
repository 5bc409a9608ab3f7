import Fastify from 'fastify'
import type { Logger } from 'pino'
import { CloseCode } from '@maillage/protocol'
import { createAtelierServices } from './ateliers/createAtelierServices.ts'
import { createAttendanceExtension } from './ateliers/createAttendanceExtension.ts'
import { decideSyncGrant } from './auth/decideSyncGrant.ts'
import { allowAllAuthenticator } from './auth/allowAllAuthenticator.ts'
import type { Authenticator, SyncGrant } from './auth/Authenticator.ts'
import {
  DEFAULT_LOGIN_THROTTLE,
  LoginThrottle,
  type LoginThrottleLimits,
} from './auth/LoginThrottle.ts'
import { SessionAuthenticator } from './auth/SessionAuthenticator.ts'
import { SessionManager } from './auth/SessionManager.ts'
import type { ServerConfig, StoreConfig } from './config.ts'
import { createIndexingExtension } from './documents/createIndexingExtension.ts'
import { DocumentIndexer } from './documents/DocumentIndexer.ts'
import { DocumentService } from './documents/DocumentService.ts'
import { ExchangeService } from './exchanges/ExchangeService.ts'
import type { ApiContext } from './http/ApiContext.ts'
import { registerApiRoutes } from './http/registerApiRoutes.ts'
import { answerRoutingError, registerErrorHandler } from './http/registerErrorHandler.ts'
import { registerOperationsRoutes } from './http/registerOperationsRoutes.ts'
import { RequestGuard } from './http/RequestGuard.ts'
import { registerWebApp } from './http/webApp/registerWebApp.ts'
import { NotificationService } from './notifications/NotificationService.ts'
import { Metrics } from './observability/Metrics.ts'
import type { DocumentStore } from './persistence/DocumentStore.ts'
import { LowdbDocumentStore } from './persistence/LowdbDocumentStore.ts'
import { LowdbMetadataStore } from './persistence/LowdbMetadataStore.ts'
import { MemoryDocumentStore } from './persistence/MemoryDocumentStore.ts'
import type { MetadataStore } from './persistence/MetadataStore.ts'
import { openPostgres, type PostgresDatabase } from './persistence/postgres/openPostgres.ts'
import { PostgresDocumentStore } from './persistence/postgres/PostgresDocumentStore.ts'
import { PostgresMetadataStore } from './persistence/postgres/PostgresMetadataStore.ts'
import { seedMetadata } from './seed/seedMetadata.ts'
import { seedAteliers } from './seed/seedAteliers.ts'
import { seedExchanges } from './seed/seedExchanges.ts'
import { seedToolbox } from './seed/seedToolbox.ts'
import type { Connection } from './sync/Connection.ts'
import { RoomDocumentContent } from './sync/RoomDocumentContent.ts'
import { RoomDocumentPresence } from './sync/RoomDocumentPresence.ts'
import { RoomRegistry } from './sync/RoomRegistry.ts'
import { SyncServer } from './sync/SyncServer.ts'
import { systemTimers, type Timers } from './time/Timers.ts'
import { isoTime } from './time/isoTime.ts'

/** What {@link createServer} needs; everything but `config` and `logger` has a default. */
export interface CreateServerOptions {
  readonly config: ServerConfig
  readonly logger: Logger
  /** Replaces the authenticator the configuration selects (tests of the sync protocol). */
  readonly authenticator?: Authenticator
  readonly timers?: Timers
  /** Replaces the default limits of failed logins (`DEFAULT_LOGIN_THROTTLE`). */
  readonly loginThrottle?: LoginThrottleLimits
}

/** A running Maillage server: HTTP API, static files and the sync websocket on one port. */
export interface MaillageServer {
  /** Starts listening; resolves with the base URL (`http://host:port`) once ready. */
  listen(): Promise<{ url: string; port: number }>
  /**
   * Stops accepting connections, saves every document, closes every websocket with 1001 and
   * releases the stores. Safe to call twice.
   */
  close(): Promise<void>
  readonly metrics: Metrics
  readonly store: DocumentStore
  readonly metadata: MetadataStore
  /**
   * Every HTTP route registered, in registration order, as Fastify knows it (`url` is the pattern,
   * e.g. `/api/documents/:documentId`); includes the HEAD route Fastify adds for each GET. Lets
   * tests prove that every route has an access rule.
   */
  routes(): readonly RegisteredRoute[]
}

/** One HTTP route of a {@link MaillageServer}: its method and URL pattern. */
export interface RegisteredRoute {
  readonly method: string
  readonly url: string
}

/**
 * Builds a server from its configuration: opens the stores, seeds a new data directory, and wires
 * everything. The only place that chooses adapters.
 */
export async function createServer(options: CreateServerOptions): Promise<MaillageServer> {
  const { config, logger } = options
  const timers = options.timers ?? systemTimers
  const { store, metadata, database } = await openStores(config.store, logger)
  const isNewDirectory = (await metadata.listSpaces()).length === 0
  await seedMetadata(metadata, { demo: config.demoData, now: isoTime(timers) })

  // Read only when /metrics is scraped, after both are built below.
  const metrics: Metrics = new Metrics({
    connections: () => syncServer.connectionCount,
    rooms: () => rooms.size,
  })
  const indexer = new DocumentIndexer({ metadata, timers, logger })
  const rooms: RoomRegistry = new RoomRegistry({
    store,
    timers,
    logger,
    metrics,
    limits: config.limits,
    saveDelayMs: config.saveDelayMs,
    compactAfterAppends: config.compactAfterAppends,
    retryDelayMs: config.saveRetryDelayMs,
    extensions: [
      createIndexingExtension(indexer),
      // Attendance of ateliers: whoever joins an atelier whose session is live is recorded present.
      createAttendanceExtension(() => ateliers.sessions),
    ],
  })
  // Services read and change documents through these ports, never through the rooms.
  const content = new RoomDocumentContent({ rooms, store })
  const presence = new RoomDocumentPresence(rooms)
  const sessions = new SessionManager({
    store: metadata,
    timers,
    throttle: new LoginThrottle(options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE, timers),
    ttlMs: config.sessionTtlMs,
  })
  const authenticator =
    options.authenticator ??
    (config.auth === 'none'
      ? allowAllAuthenticator
      : new SessionAuthenticator({
          sessions,
          store: metadata,
          allowedOrigins: config.allowedOrigins,
        }))
  const syncServer = new SyncServer({
    registry: rooms,
    authenticator,
    limits: config.limits,
    metrics,
    logger,
    timers,
  })

  // What an account may now do with the document of a live connection.
  async function currentGrant(connection: Connection): Promise<SyncGrant | null> {
    const [account, record] = await Promise.all([
      metadata.findAccountById(connection.principal.id),
      metadata.findDocument(connection.documentId),
    ])
    if (account === null || record === null) return null
    const { accessTokenId } = connection.principal
    if (
      accessTokenId !== undefined &&
      !(await sessions.isAccessTokenLive(account.id, accessTokenId))
    ) {
      return null
    }
    return decideSyncGrant(metadata, await sessions.actorFor(account, 'session'), record)
  }
  function revalidate(matches: (connection: Connection) => boolean): Promise<void> {
    // With MAILLAGE_AUTH=none there are no accounts behind connections to re-check.
    if (config.auth === 'none') return Promise.resolve()
    return syncServer.revalidate(matches, currentGrant)
  }

  const documents = new DocumentService({
    metadata,
    content,
    timers,
    onDocumentAccessChanged: (record) =>
      revalidate((connection) => connection.documentId === record.id),
  })
  // The catalogue is real content, seeded demo or not; a MAILLAGE_AUTH=none server (sync only)
  // has no signed-in members to read it.
  if (isNewDirectory && config.auth !== 'none') await seedToolbox(documents, isoTime(timers))
  const ateliers = createAtelierServices({
    store: metadata,
    documents,
    content,
    presence,
    sessions,
    timers,
    // Called by requests only, once the context below is built.
    onAccessChanged: (accountId) => {
      context.onAccessChanged(accountId)
    },
  })
  if (isNewDirectory && config.auth !== 'none' && config.demoData) {
    await seedAteliers(ateliers, { store: metadata, now: timers.now() })
  }
  const exchanges = new ExchangeService({
    store: metadata,
    documents,
    content,
    notifications: new NotificationService({ store: metadata, timers }),
    timers,
  })
  if (isNewDirectory && config.auth !== 'none' && config.demoData) {
    await seedExchanges(exchanges, metadata, isoTime(timers))
  }
  const context: ApiContext = {
    store: metadata,
    sessions,
    guard: new RequestGuard(sessions, config.allowedOrigins),
    documents,
    content,
    timers,
    logger,
    secureCookies: config.production,
    sessionTtlMs: config.sessionTtlMs,
    production: config.production,
    publicUrl: config.publicUrl,
    onSessionEnded: (sessionTokenHash) => {
      syncServer.closeWhere(
        (connection) => connection.principal.sessionTokenHash === sessionTokenHash,
        CloseCode.Unauthenticated,
      )
    },
    onAccessChanged: (accountId) => {
      revalidate((connection) => connection.principal.id === accountId).catch((error: unknown) => {
        logger.error({ err: error, accountId }, 'could not re-check live connections')
      })
    },
    ateliers,
    exchanges,
  }

  let ready = false
  let closing: Promise<void> | undefined
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    // Forwarded headers are a client's word unless a proxy we know wrote them: trust none by
    // default (the client is the socket's peer), only the proxies configured.
    trustProxy:
      config.trustedProxies === undefined || config.trustedProxies.length === 0
        ? false
        : [...config.trustedProxies],
    frameworkErrors: answerRoutingError,
  })
  // Added before any route, so that every route is seen.
  const registeredRoutes: RegisteredRoute[] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registeredRoutes.push({ method, url: route.url })
  })
  registerErrorHandler(app, logger)
  registerOperationsRoutes(app, {
    metrics,
    isReady: () => ready,
    metricsToken: config.metricsToken,
    production: config.production,
  })
  registerApiRoutes(app, context)
  await registerWebApp(app, { webDir: config.webDir, logger })
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
    await metadata.close()
    await database?.close()
  }

  return {
    metrics,
    store,
    metadata,
    routes: () => [...registeredRoutes],
    async listen() {
      await app.listen({ host: config.host, port: config.port })
      const address = app.server.address()
      if (address === null || typeof address === 'string') throw new Error('not listening on TCP')
      ready = true
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
      if (config.production && config.publicUrl === undefined) {
        logger.warn(
          'MAILLAGE_PUBLIC_URL is not set: calendar feeds link to the address this server listens on, which behind a proxy is not the one people use',
        )
      }
      if (config.auth === 'none') {
        logger.warn(
          'MAILLAGE_AUTH=none: every websocket client may read and WRITE every document without signing in',
        )
      }
      return { url: `http://${host}:${address.port}`, port: address.port }
    },
    close() {
      closing ??= shutDown()
      return closing
    },
  }
}

async function openStores(
  config: StoreConfig,
  logger: Logger,
): Promise<{ store: DocumentStore; metadata: MetadataStore; database?: PostgresDatabase }> {
  switch (config.kind) {
    case 'lowdb':
      return {
        store: new LowdbDocumentStore(config.dataDir, { logger }),
        metadata: await LowdbMetadataStore.open(config.dataDir),
      }
    case 'memory':
      return { store: new MemoryDocumentStore(), metadata: LowdbMetadataStore.inMemory() }
    case 'postgres': {
      // Migrated before either store is built; the pool is ended after both are closed.
      const database = await openPostgres(config.url, { logger })
      return {
        store: new PostgresDocumentStore(database.pool),
        metadata: await PostgresMetadataStore.open(database.pool),
        database,
      }
    }
  }
}
