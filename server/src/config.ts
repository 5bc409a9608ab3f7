import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import type { OidcSettings } from './auth/oidc/OidcSettings.ts'
import { DEFAULT_SESSION_TTL_MS } from './auth/SessionManager.ts'
import type { RedisConfig } from './coordination/openCoordination.ts'
import { parseTrustedProxies } from './http/trustedProxies.ts'
import { DEFAULT_MAIL_FROM, type MailConfig } from './mail/MailConfig.ts'
import { mailFromSchema, smtpUrlSchema } from './mail/mailConfigSchemas.ts'
import type { VeilleImportLimits } from './veille/VeilleImportLimits.ts'
import { parseDatabaseUrl } from './persistence/postgres/parseDatabaseUrl.ts'
import { retentionPeriodsFrom } from './privacy/retentionConfig.ts'
import { SEARCHES_PER_MINUTE } from './search/SearchService.ts'
import type { RetentionPeriods } from './privacy/RetentionJob.ts'
import { DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/SyncLimits.ts'

/**
 * Where documents and metadata are kept: the embedded lowdb files, PostgreSQL (`DATABASE_URL`,
 * shared by several processes), or memory (tests).
 */
export type StoreConfig =
  | {
      readonly kind: 'lowdb'
      readonly dataDir: string
      /**
       * Stored files up to this size are read on the event loop (`readStoredFile`); 1 MiB when
       * absent. Tests set 0 to make every load go through the thread pool, as a larger file does.
       */
      readonly syncReadMaxBytes?: number
    }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'memory' }

/** Everything the server reads from its environment, validated. */
export interface ServerConfig {
  readonly host: string
  /** 0 picks a free port (tests). */
  readonly port: number
  readonly store: StoreConfig
  /**
   * `session`: accounts, sessions and roles decide (the default). `none`: every websocket client may
   * write every document (benchmarks and protocol tests only; refused in production).
   */
  readonly auth: 'session' | 'none'
  /** Origins besides the server's own from which browser pages may use a session. */
  readonly allowedOrigins: readonly string[]
  /**
   * The origin the server is reached at (`https://maillage.example.fr`), for absolute links
   * handed to other applications (calendar feeds); absent: the address the request reached
   * (the server's own socket, never the request's `Host` header).
   */
  readonly publicUrl?: string
  /**
   * The reverse proxies whose `X-Forwarded-For`, `-Proto` and `-Host` are believed (addresses,
   * CIDR ranges, `loopback`…); absent or empty: none, the client is the socket's peer.
   */
  readonly trustedProxies?: readonly string[]
  /**
   * Bearer token `GET /metrics` requires; absent: `/metrics` is open in development and a 404 in
   * production.
   */
  readonly metricsToken?: string
  /** The LibreOffice command ODT and PDF exports run (`MAILLAGE_SOFFICE`); absent: `soffice`. */
  readonly officeCommand?: string
  /** Seed the demo accounts on a new data directory (never in production). */
  readonly demoData: boolean
  /** Lifetime of a session from login. */
  readonly sessionTtlMs: number
  readonly production: boolean
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  readonly limits: SyncLimits
  /** Delay between a document's first unsaved update and its save. */
  readonly saveDelayMs: number
  /** Appended updates after which a document's stored log is compacted. */
  readonly compactAfterAppends: number
  /** Searches one account may make in a minute (`MAILLAGE_SEARCHES_PER_MINUTE`); absent: 30. */
  readonly searchesPerMinute?: number
  /** First retry delay after a failed save (doubles each time, up to 30 s). */
  readonly saveRetryDelayMs: number
  /** Absolute path of the built web app (Vite's `dist`), served at `/`. */
  readonly webDir: string
  /**
   * The Redis that shares locks, counters and access changes between the processes of one
   * workspace (`REDIS_URL`, `MAILLAGE_REDIS_PREFIX`); absent: all kept within this process.
   */
  readonly redis?: RedisConfig
  /**
   * How mails leave (`MAILLAGE_SMTP_URL`, `MAILLAGE_MAIL_FROM`; without SMTP, `.eml` files in
   * `<MAILLAGE_DATA_DIR>/mails`); absent (tests): mails stay queued.
   */
  readonly mail?: MailConfig
  /**
   * How long personal data is kept (`MAILLAGE_RETENTION_SESSIONS_DAYS`,
   * `MAILLAGE_RETENTION_NOTIFICATIONS_DAYS`, `MAILLAGE_RETENTION_AUDIT_DAYS`); absent: the defaults.
   */
  readonly retention?: RetentionPeriods
  /**
   * The OpenID provider people may sign in with (ProConnect: `MAILLAGE_OIDC_ISSUER`,
   * `MAILLAGE_OIDC_CLIENT_ID`, `MAILLAGE_OIDC_CLIENT_SECRET`); absent: passwords only.
   */
  readonly oidc?: OidcSettings
  /**
   * Bounds of the veille's import of external feeds; `MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE=true`
   * lets it reach private and loopback addresses (tests, closed networks). Absent: the defaults.
   */
  readonly veilleImport?: Partial<VeilleImportLimits>
}

/** Defaults of everything but the limits, which are in `SyncLimits.ts`. */
export const DEFAULT_SAVE_DELAY_MS = 500
export const DEFAULT_COMPACT_AFTER_APPENDS = 200
export const DEFAULT_SAVE_RETRY_DELAY_MS = 1000
/** `apps/web/dist` of this repository, wherever the server is started from. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../apps/web/dist', import.meta.url))

/** A configuration problem found at start-up; the message says which variable and why. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID'
}

const integer = (fallback: number, min = 0): z.ZodType<number> =>
  z.coerce.number().int().min(min).default(fallback)

/** `value` as an http(s) origin when it is one, with at most a trailing `/`; else null. */
function originOf(value: string): string | null {
  if (!URL.canParse(value)) return null
  const url = new URL(value)
  const bare =
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.username === '' &&
    url.password === '' &&
    !value.endsWith('?') &&
    !value.endsWith('#')
  return bare && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null
}

// Empty means unset, as for the other optional variables.
const publicUrlSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    const origin = originOf(value.trim())
    if (origin === null) {
      context.addIssue({
        code: 'custom',
        message: 'must be an http(s) origin without a path, e.g. https://maillage.example.fr',
      })
      return z.NEVER
    }
    return origin
  })

const trustedProxiesSchema = z
  .string()
  .default('')
  .transform((value, context) => {
    const parsed = parseTrustedProxies(value)
    if ('proxies' in parsed) return parsed.proxies
    context.addIssue({
      code: 'custom',
      message: `"${parsed.invalid}" is not an IP address, a CIDR range (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`,
    })
    return z.NEVER
  })

// Empty means unset. Long enough not to be guessed, and no spaces (it travels in a header).
const metricsTokenSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    if (!/^[\x21-\x7e]{24,}$/.test(value)) {
      context.addIssue({
        code: 'custom',
        message:
          'must be at least 24 printable ASCII characters without spaces, e.g. openssl rand -hex 32',
      })
      return z.NEVER
    }
    return value
  })

// Empty means unset. A redis:// or rediss:// URL.
const redisUrlSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    const url = value.trim()
    if (!URL.canParse(url) || !['redis:', 'rediss:'].includes(new URL(url).protocol)) {
      context.addIssue({
        code: 'custom',
        message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
      })
      return z.NEVER
    }
    return url
  })

// Empty means unset (the embedded store).
const databaseUrlSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    const parsed = parseDatabaseUrl(value)
    if ('url' in parsed) return parsed.url
    context.addIssue({ code: 'custom', message: parsed.problem })
    return z.NEVER
  })

// Empty means unset. An https URL (http is accepted outside production, for a local provider).
const oidcIssuerSchema = z
  .string()
  .optional()
  .transform((value, context) => {
    if (value === undefined || value.trim() === '') return undefined
    const issuer = value.trim()
    if (!URL.canParse(issuer) || !['https:', 'http:'].includes(new URL(issuer).protocol)) {
      context.addIssue({
        code: 'custom',
        message:
          'must be the issuer URL of the OpenID provider, e.g. https://auth.proconnect.gouv.fr/api/v2',
      })
      return z.NEVER
    }
    return issuer
  })

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))

const environmentSchema = z.object({
  HOST: z.string().min(1).default('localhost'),
  PORT: integer(8080).pipe(z.number().max(65_535)),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAILLAGE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: databaseUrlSchema,
  MAILLAGE_WEB_DIR: z.string().min(1).default(DEFAULT_WEB_DIR),
  MAILLAGE_AUTH: z.enum(['session', 'none']).default('session'),
  MAILLAGE_ALLOWED_ORIGINS: z.string().default(''),
  MAILLAGE_PUBLIC_URL: publicUrlSchema,
  MAILLAGE_SMTP_URL: smtpUrlSchema,
  MAILLAGE_MAIL_FROM: mailFromSchema.default(DEFAULT_MAIL_FROM),
  MAILLAGE_TRUSTED_PROXIES: trustedProxiesSchema,
  MAILLAGE_METRICS_TOKEN: metricsTokenSchema,
  MAILLAGE_SOFFICE: z.string().min(1).optional(),
  REDIS_URL: redisUrlSchema,
  MAILLAGE_REDIS_PREFIX: z
    .string()
    .regex(/^[\x21-\x7e]{1,64}$/, 'must be 1 to 64 printable ASCII characters without spaces')
    .default('maillage:'),
  MAILLAGE_DEMO_DATA: z.enum(['true', 'false']).optional(),
  MAILLAGE_SESSION_TTL_MS: integer(DEFAULT_SESSION_TTL_MS, 60_000),
  MAILLAGE_SAVE_DELAY_MS: integer(DEFAULT_SAVE_DELAY_MS).pipe(z.number().max(1000)),
  MAILLAGE_COMPACT_AFTER_APPENDS: integer(DEFAULT_COMPACT_AFTER_APPENDS, 1),
  MAILLAGE_SEARCHES_PER_MINUTE: integer(SEARCHES_PER_MINUTE, 1),
  MAILLAGE_SAVE_RETRY_DELAY_MS: integer(DEFAULT_SAVE_RETRY_DELAY_MS, 1),
  MAILLAGE_MAX_FRAME_BYTES: integer(DEFAULT_SYNC_LIMITS.maxFrameBytes, 1024),
  MAILLAGE_MAX_AWARENESS_BYTES: integer(DEFAULT_SYNC_LIMITS.maxAwarenessBytes, 256),
  MAILLAGE_MAX_AWARENESS_CLIENTS_PER_CONNECTION: integer(
    DEFAULT_SYNC_LIMITS.maxAwarenessClientsPerConnection,
    1,
  ),
  MAILLAGE_MAX_BYTES_PER_SECOND: integer(DEFAULT_SYNC_LIMITS.maxBytesPerSecond, 1024),
  MAILLAGE_DEPARTED_AWARENESS_MS: integer(DEFAULT_SYNC_LIMITS.departedAwarenessMs, 0),
  MAILLAGE_MAX_MESSAGES_PER_SECOND: integer(DEFAULT_SYNC_LIMITS.maxMessagesPerSecond, 1),
  MAILLAGE_MAX_QUEUED_FRAMES: integer(DEFAULT_SYNC_LIMITS.maxQueuedFrames, 1),
  MAILLAGE_MAX_CONNECTIONS_PER_ROOM: integer(DEFAULT_SYNC_LIMITS.maxConnectionsPerRoom, 1),
  MAILLAGE_MAX_ROOMS: integer(DEFAULT_SYNC_LIMITS.maxRooms, 1),
  MAILLAGE_MAX_ROOMS_PER_ACCOUNT: integer(DEFAULT_SYNC_LIMITS.maxRoomsPerAccount, 1),
  MAILLAGE_MAX_SEND_BUFFER_BYTES: integer(DEFAULT_SYNC_LIMITS.maxSendBufferBytes, 1024),
  MAILLAGE_HEARTBEAT_INTERVAL_MS: integer(DEFAULT_SYNC_LIMITS.heartbeatIntervalMs, 100),
  MAILLAGE_OIDC_ISSUER: oidcIssuerSchema,
  MAILLAGE_OIDC_CLIENT_ID: optionalText,
  MAILLAGE_OIDC_CLIENT_SECRET: optionalText,
  MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
})

/**
 * Reads and validates the configuration from environment variables (see the README for the list).
 * Throws {@link ConfigError} naming every invalid variable. Refuses `MAILLAGE_AUTH=none` in production.
 */
export function loadConfig(environment: NodeJS.ProcessEnv): ServerConfig {
  const parsed = environmentSchema.safeParse(environment)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  const env = parsed.data
  const retention = retentionPeriodsFrom(environment)
  if ('problems' in retention) {
    throw new ConfigError(`invalid configuration:\n  ${retention.problems.join('\n  ')}`)
  }
  const production = env.NODE_ENV === 'production'
  if (production && env.MAILLAGE_AUTH === 'none') {
    throw new ConfigError(
      'MAILLAGE_AUTH=none lets anyone write anything: refused with NODE_ENV=production',
    )
  }
  const oidc = oidcSettingsOf(env, production)
  return {
    host: env.HOST,
    port: env.PORT,
    store:
      env.DATABASE_URL === undefined
        ? { kind: 'lowdb', dataDir: resolve(env.MAILLAGE_DATA_DIR) }
        : { kind: 'postgres', url: env.DATABASE_URL },
    auth: env.MAILLAGE_AUTH,
    allowedOrigins: env.MAILLAGE_ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
    ...(env.MAILLAGE_PUBLIC_URL === undefined ? {} : { publicUrl: env.MAILLAGE_PUBLIC_URL }),
    trustedProxies: env.MAILLAGE_TRUSTED_PROXIES,
    mail: {
      ...(env.MAILLAGE_SMTP_URL === undefined ? {} : { smtpUrl: env.MAILLAGE_SMTP_URL }),
      from: env.MAILLAGE_MAIL_FROM,
      directory: resolve(env.MAILLAGE_DATA_DIR, 'mails'),
    },
    ...(env.MAILLAGE_METRICS_TOKEN === undefined
      ? {}
      : { metricsToken: env.MAILLAGE_METRICS_TOKEN }),
    ...(env.MAILLAGE_SOFFICE === undefined ? {} : { officeCommand: env.MAILLAGE_SOFFICE }),
    demoData: !production && env.MAILLAGE_DEMO_DATA !== 'false',
    sessionTtlMs: env.MAILLAGE_SESSION_TTL_MS,
    production,
    logLevel: env.LOG_LEVEL,
    saveDelayMs: env.MAILLAGE_SAVE_DELAY_MS,
    compactAfterAppends: env.MAILLAGE_COMPACT_AFTER_APPENDS,
    searchesPerMinute: env.MAILLAGE_SEARCHES_PER_MINUTE,
    saveRetryDelayMs: env.MAILLAGE_SAVE_RETRY_DELAY_MS,
    webDir: resolve(env.MAILLAGE_WEB_DIR),
    retention: retention.periods,
    ...(env.REDIS_URL === undefined
      ? {}
      : { redis: { url: env.REDIS_URL, prefix: env.MAILLAGE_REDIS_PREFIX } }),
    ...(oidc === undefined ? {} : { oidc }),
    veilleImport: { allowPrivate: env.MAILLAGE_VEILLE_IMPORT_ALLOW_PRIVATE === 'true' },
    limits: {
      maxFrameBytes: env.MAILLAGE_MAX_FRAME_BYTES,
      maxAwarenessBytes: env.MAILLAGE_MAX_AWARENESS_BYTES,
      maxAwarenessClientsPerConnection: env.MAILLAGE_MAX_AWARENESS_CLIENTS_PER_CONNECTION,
      maxBytesPerSecond: env.MAILLAGE_MAX_BYTES_PER_SECOND,
      departedAwarenessMs: env.MAILLAGE_DEPARTED_AWARENESS_MS,
      maxMessagesPerSecond: env.MAILLAGE_MAX_MESSAGES_PER_SECOND,
      maxQueuedFrames: env.MAILLAGE_MAX_QUEUED_FRAMES,
      maxConnectionsPerRoom: env.MAILLAGE_MAX_CONNECTIONS_PER_ROOM,
      maxRooms: env.MAILLAGE_MAX_ROOMS,
      maxRoomsPerAccount: env.MAILLAGE_MAX_ROOMS_PER_ACCOUNT,
      maxSendBufferBytes: env.MAILLAGE_MAX_SEND_BUFFER_BYTES,
      heartbeatIntervalMs: env.MAILLAGE_HEARTBEAT_INTERVAL_MS,
    },
  }
}

/** The three `MAILLAGE_OIDC_*` variables: all set, or none; an https issuer in production. */
function oidcSettingsOf(
  env: z.infer<typeof environmentSchema>,
  production: boolean,
): OidcSettings | undefined {
  const issuer = env.MAILLAGE_OIDC_ISSUER
  const clientId = env.MAILLAGE_OIDC_CLIENT_ID
  const clientSecret = env.MAILLAGE_OIDC_CLIENT_SECRET
  if (issuer === undefined && clientId === undefined && clientSecret === undefined) return undefined
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) {
    throw new ConfigError(
      'MAILLAGE_OIDC_ISSUER, MAILLAGE_OIDC_CLIENT_ID and MAILLAGE_OIDC_CLIENT_SECRET go together: set all three, or none',
    )
  }
  if (production && new URL(issuer).protocol !== 'https:') {
    throw new ConfigError('MAILLAGE_OIDC_ISSUER must be an https URL with NODE_ENV=production')
  }
  if (clientSecret.length < 16) {
    throw new ConfigError('MAILLAGE_OIDC_CLIENT_SECRET must be at least 16 characters')
  }
  return { issuer, clientId, clientSecret }
}
