import { pino } from 'pino'
import {
  DEFAULT_SYNC_LIMITS,
  DEFAULT_WEB_DIR,
  createServer,
  type Authenticator,
  type CreateServerOptions,
  type MaillageServer,
  type ServerConfig,
  type StoreConfig,
  type SyncLimits,
} from '@maillage/server'

/** A server started in this process for a test, on a free port. */
export interface TestServer {
  readonly server: MaillageServer
  /** `http://127.0.0.1:<port>` */
  readonly httpUrl: string
  /** `ws://127.0.0.1:<port>/sync`, the server URL of a `WebsocketProvider`. */
  readonly syncUrl: string
  close(): Promise<void>
}

/** Starts the real server on port 0 with a memory store unless told otherwise. */
export async function startServer(
  options: {
    store?: StoreConfig
    limits?: Partial<SyncLimits>
    authenticator?: Authenticator
    saveDelayMs?: number
    /** `none` (default) lets every websocket client write; `session` uses accounts and roles. */
    auth?: 'none' | 'session'
    /** Seed the demo accounts and content (default false: seeding the demo content takes time). */
    demoData?: boolean
    /** The server's clock and timers (default the real ones), e.g. a `manualClock`. */
    timers?: CreateServerOptions['timers']
    /** Limits of failed logins (default the server's). */
    loginThrottle?: CreateServerOptions['loginThrottle']
    /** The built web app to serve at `/` (default `apps/web/dist`, as `npm start`). */
    webDir?: string
    /** `MAILLAGE_PUBLIC_URL`: the origin of absolute links (default: the server's own address). */
    publicUrl?: string
    /** `NODE_ENV=production` (default false); demo data is still seeded when asked. */
    production?: boolean
    /** `MAILLAGE_TRUSTED_PROXIES`, as parsed (default none). */
    trustedProxies?: readonly string[]
    /** `MAILLAGE_METRICS_TOKEN` (default none). */
    metricsToken?: string
    /** How mails leave (default none: they stay queued), e.g. to a test SMTP server. */
    mail?: ServerConfig['mail']
    /** `MAILLAGE_OIDC_*`: the OpenID provider people may sign in with (default none). */
    oidc?: ServerConfig['oidc']
    /** `MAILLAGE_SOFFICE`: the LibreOffice command of ODT and PDF exports (default `soffice`). */
    officeCommand?: string
    /** Bounds of the veille's import (default the server's: public addresses only). */
    veilleImport?: ServerConfig['veilleImport']
  } = {},
): Promise<TestServer> {
  const config: ServerConfig = {
    host: '127.0.0.1',
    port: 0,
    store: options.store ?? { kind: 'memory' },
    auth: options.auth ?? 'none',
    allowedOrigins: [],
    demoData: options.demoData ?? false,
    sessionTtlMs: 60 * 60 * 1000,
    production: options.production ?? false,
    logLevel: 'silent',
    limits: { ...DEFAULT_SYNC_LIMITS, ...options.limits },
    saveDelayMs: options.saveDelayMs ?? 100,
    compactAfterAppends: 50,
    saveRetryDelayMs: 100,
    webDir: options.webDir ?? DEFAULT_WEB_DIR,
    ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
    ...(options.trustedProxies === undefined ? {} : { trustedProxies: options.trustedProxies }),
    ...(options.metricsToken === undefined ? {} : { metricsToken: options.metricsToken }),
    ...(options.mail === undefined ? {} : { mail: options.mail }),
    ...(options.oidc === undefined ? {} : { oidc: options.oidc }),
    ...(options.officeCommand === undefined ? {} : { officeCommand: options.officeCommand }),
    ...(options.veilleImport === undefined ? {} : { veilleImport: options.veilleImport }),
  }
  const server = await createServer({
    config,
    logger: pino({ level: 'silent' }),
    ...(options.authenticator === undefined ? {} : { authenticator: options.authenticator }),
    ...(options.timers === undefined ? {} : { timers: options.timers }),
    ...(options.loginThrottle === undefined ? {} : { loginThrottle: options.loginThrottle }),
  })
  const { url } = await server.listen()
  return {
    server,
    httpUrl: url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
    close: () => server.close(),
  }
}
