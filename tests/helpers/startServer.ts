import { pino } from 'pino'
import {
  DEFAULT_SYNC_LIMITS,
  createServer,
  type Authenticator,
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
  } = {},
): Promise<TestServer> {
  const config: ServerConfig = {
    host: '127.0.0.1',
    port: 0,
    store: options.store ?? { kind: 'memory' },
    auth: 'none',
    production: false,
    logLevel: 'silent',
    limits: { ...DEFAULT_SYNC_LIMITS, ...options.limits },
    saveDelayMs: options.saveDelayMs ?? 100,
    compactAfterAppends: 50,
    saveRetryDelayMs: 100,
  }
  const server = createServer({
    config,
    logger: pino({ level: 'silent' }),
    ...(options.authenticator === undefined ? {} : { authenticator: options.authenticator }),
  })
  const { url } = await server.listen()
  return {
    server,
    httpUrl: url,
    syncUrl: `${url.replace(/^http/, 'ws')}/sync`,
    close: () => server.close(),
  }
}
