import Fastify from 'fastify'
import type { Logger } from 'pino'
import { CloseCode } from '@maillage/protocol'
import { createAttendanceExtension } from './ateliers/createAttendanceExtension.ts'
import { createScheduleChangeExtension } from './ateliers/createScheduleChangeExtension.ts'
import { ContentBreakoutSeats } from './ateliers/toolkit/groups/ContentBreakoutSeats.ts'
import { allowAllAuthenticator } from './auth/allowAllAuthenticator.ts'
import type { Authenticator } from './auth/Authenticator.ts'
import {
  DEFAULT_LOGIN_THROTTLE,
  LoginThrottle,
  type LoginThrottleLimits,
} from './auth/LoginThrottle.ts'
import { SessionAuthenticator } from './auth/SessionAuthenticator.ts'
import { SessionManager } from './auth/SessionManager.ts'
import { createServices } from './composition/createServices.ts'
import { lazySchemaCompilers } from './composition/lazySchemaCompilers.ts'
import { listenToAccessChanges } from './composition/listenToAccessChanges.ts'
import { openStores } from './composition/openStores.ts'
import { FanoutDocumentContent } from './fanout/FanoutDocumentContent.ts'
import { FanoutDocumentPresence } from './fanout/FanoutDocumentPresence.ts'
import { RoomExtensionRelay } from './composition/RoomExtensionRelay.ts'
import { seedContent } from './composition/seedContent.ts'
import type { ServerConfig } from './config.ts'
import { openCoordination } from './coordination/openCoordination.ts'
import { startPilotageBackfill } from './documents/startPilotageBackfill.ts'
import { createIndexingExtension } from './documents/createIndexingExtension.ts'
import { DocumentIndexer } from './documents/DocumentIndexer.ts'
import type { ApiContext } from './http/ApiContext.ts'
import { registerApiRoutes } from './http/registerApiRoutes.ts'
import { answerRoutingError, registerErrorHandler } from './http/registerErrorHandler.ts'
import { registerOperationsRoutes } from './http/registerOperationsRoutes.ts'
import { RequestGuard } from './http/RequestGuard.ts'
import { registerWebApp } from './http/webApp/registerWebApp.ts'
import { Metrics } from './observability/Metrics.ts'
import type { DocumentStore } from './persistence/DocumentStore.ts'
import type { MetadataStore } from './persistence/MetadataStore.ts'
import { createSearchExtension } from './search/createSearchExtension.ts'
import { openSearch, searchStorageOf } from './search/openSearch.ts'
import { seedInstances } from './seed/seedInstances.ts'
import { seedMetadata } from './seed/seedMetadata.ts'
import { createVersioningExtension } from './versions/createVersioningExtension.ts'
import { openVersionStore } from './versions/openVersionStore.ts'
import { VersionedDocumentContent } from './versions/VersionedDocumentContent.ts'
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
  // The versions of documents, beside their content, in the same kind of store.
  const versionStore = openVersionStore(config.store, database?.pool)
  // Locks, counters and access changes: within this process, or shared through Redis.
  const coordination = await openCoordination(config.redis, logger)

  // The rooms and the sync server count into the metrics; the gauges that read them are added
  // once both exist (below).
  const metrics = new Metrics()
  // Extensions of services built on the rooms' own ports subscribe once those services exist.
  const roomSubscribers = new RoomExtensionRelay()
  // Updates and presence of the documents other processes also hold, carried through Redis (its
  // client loaded only when Redis is configured).
  const fanout =
    config.redis === undefined
      ? undefined
      : await (
          await import('./fanout/createRedisFanout.ts')
        ).createRedisFanout({
          redisUrl: config.redis.url,
          prefix: config.redis.prefix,
          store,
          logger,
          timers,
          maxFrameBytes: config.limits.maxFrameBytes,
        })
  const rooms = new RoomRegistry({
    store,
    timers,
    logger,
    metrics,
    limits: config.limits,
    saveDelayMs: config.saveDelayMs,
    compactAfterAppends: config.compactAfterAppends,
    retryDelayMs: config.saveRetryDelayMs,
    extensions: [roomSubscribers, ...(fanout === undefined ? [] : [fanout.extension])],
  })
  // Services read and change documents through these ports, never through the rooms; scaled out,
  // they give the same answer whichever process holds the document's room.
  const content =
    fanout === undefined
      ? new RoomDocumentContent({ rooms, store })
      : new FanoutDocumentContent({ rooms, store, fanout: fanout.extension })
  const presence =
    fanout === undefined
      ? new RoomDocumentPresence(rooms)
      : new FanoutDocumentPresence({ rooms, fanout: fanout.extension })
  // The index reads content through the port (to re-index after the server's own changes), so it
  // hears the rooms' saves through the relay.
  const indexer = new DocumentIndexer({
    metadata,
    content,
    events: coordination.indexEvents,
    timers,
    logger,
  })
  roomSubscribers.subscribe(createIndexingExtension(indexer))
  // The search follows the index events of every process (saves, changes of records) and the
  // server's own changes of this process's rooms.
  const search = await openSearch({
    storage: searchStorageOf(config.store, database?.pool),
    metadata,
    content,
    events: coordination.indexEvents,
    windows: coordination.windows('search-queries'),
    searchesPerMinute: config.searchesPerMinute,
    timers,
    logger,
  })
  roomSubscribers.subscribe(createSearchExtension(search.indexer))
  const sessions = new SessionManager({
    store: metadata,
    timers,
    throttle: new LoginThrottle(options.loginThrottle ?? DEFAULT_LOGIN_THROTTLE, timers, {
      failures: coordination.windows('login-failures'),
      knownAddresses: coordination.windows('login-known-addresses'),
    }),
    ttlMs: config.sessionTtlMs,
    accessEvents: coordination.accessEvents,
  })
  // Where an atelier's participants sit while breakout groups run: it limits what they write.
  const breakoutSeats = new ContentBreakoutSeats(content)
  const authenticator =
    options.authenticator ??
    (config.auth === 'none'
      ? allowAllAuthenticator
      : new SessionAuthenticator({
          sessions,
          store: metadata,
          allowedOrigins: config.allowedOrigins,
          breakoutSeats,
        }))
  const syncServer = new SyncServer({
    registry: rooms,
    authenticator,
    limits: config.limits,
    metrics,
    logger,
    timers,
  })
  metrics.observe({
    connections: () => syncServer.connectionCount,
    rooms: () => rooms.size,
    ...(coordination.kind === 'redis' ? { redisConnected: () => coordination.isConnected() } : {}),
  })
  const stopListeningToAccessChanges = listenToAccessChanges({
    coordination,
    syncServer,
    metadata,
    sessions,
    breakoutSeats,
    checksAccounts: config.auth !== 'none',
    logger,
  })

  const services = createServices({
    metadata,
    mail: config.mail,
    // Mails queued before the server listens (the demo seed's) link to the configured address.
    publicUrl: config.publicUrl ?? configuredOrigin(config),
    // A document deleted for good loses its versions with its content.
    content: new VersionedDocumentContent(content, versionStore),
    presence,
    sessions,
    coordination,
    timers,
    indexer,
    logger,
    production: config.production,
    oidc: config.oidc,
    retention: config.retention,
    search: search.service,
    officeCommand: config.officeCommand,
    versionStore,
    veilleImport: config.veilleImport,
  })
  // The OpenID provider's discovery, in the background: a provider down delays nothing.
  services.oidcLogin?.prepare()
  // Attendance of ateliers: whoever joins an atelier whose session is live is recorded present.
  roomSubscribers.subscribe(createAttendanceExtension(() => services.ateliers.sessions))
  // Date changes of ateliers: noticed at the save that stored them, notified to the registered.
  roomSubscribers.subscribe(createScheduleChangeExtension(() => services.ateliers.scheduleWatch))
  // Automatic versions: the saves of people's edits make editing sessions, the unload ends them.
  roomSubscribers.subscribe(createVersioningExtension(services.editingSessions))
  // Processes started together over one database seed it once: the first to take the lock.
  await coordination.locks('startup').run('seed', async () => {
    const isNewDirectory = (await metadata.listSpaces()).length === 0
    await seedMetadata(metadata, { demo: config.demoData, now: isoTime(timers) })
    if (isNewDirectory) await seedContent(services, { config, metadata, content, timers })
    // A directory written before the governance (metadata version 7 or older) gets its instances.
    else if (config.auth !== 'none') {
      await seedInstances(metadata, { demo: config.demoData, now: isoTime(timers) })
    }
  })
  // Records indexed before the steering digest existed get it, in the background.
  const backfill = startPilotageBackfill({ metadata, indexer, logger })
  // The search follows changes from now on; what it lacks or holds older, in the background.
  search.start()
  // The retention periods of personal data: applied now, then every day.
  services.privacy.retention.start()
  // The reminders of the day before the ateliers: now, then every hour.
  services.ateliers.reminders.start()
  const context: ApiContext = {
    ...services,
    guard: new RequestGuard(sessions, config.allowedOrigins),
    timers,
    logger,
    secureCookies: config.production,
    sessionTtlMs: config.sessionTtlMs,
    production: config.production,
    publicUrl: config.publicUrl,
  }

  let ready = false
  let closing: Promise<void> | undefined
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    // The tokens of unsubscribe links (an address and its HMAC) pass Fastify's default of 100.
    routerOptions: { maxParamLength: 1000 },
    // Forwarded headers are a client's word unless a proxy we know wrote them: trust none by
    // default (the client is the socket's peer), only the proxies configured.
    trustProxy:
      config.trustedProxies === undefined || config.trustedProxies.length === 0
        ? false
        : [...config.trustedProxies],
    frameworkErrors: answerRoutingError,
    // No route declares a schema (zod validates inputs): Ajv is loaded only if one ever does.
    schemaController: { compilersFactory: lazySchemaCompilers },
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
  registerWebApp(app, { webDir: config.webDir, logger })
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
    // Requests still running may announce access changes: the coordination closes after them.
    await app.close()
    await services.exports.officeConverter.close()
    // After the requests, which may queue mails; before the store closes.
    await services.mailDelivery.stop()
    await backfill.stop()
    // After the rooms and the requests, whose changes it indexes; saves its snapshot.
    await search.close()
    await services.privacy.retention.stop()
    await services.ateliers.reminders.stop()
    await services.atelierPolls.stop()
    services.ateliers.groups.stop()
    // After the rooms' shutdown, which ended their sessions: the last versions, before the stores.
    await services.editingSessions.close()
    stopListeningToAccessChanges()
    // After the rooms' shutdown above: their last updates were published before it closes.
    await fanout?.close()
    await coordination.close()
    await store.close()
    await versionStore.close()
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
      services.mailDelivery.start(`http://${host}:${address.port}`)
      return { url: `http://${host}:${address.port}`, port: address.port }
    },
    close() {
      closing ??= shutDown()
      return closing
    },
  }
}

/**
 * The origin the server will listen on, as configured (`localhost` for every interface), or
 * undefined when the port is chosen at start (`PORT=0`).
 */
function configuredOrigin(config: ServerConfig): string | undefined {
  if (config.port === 0) return undefined
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
  return `http://${host}:${config.port}`
}
