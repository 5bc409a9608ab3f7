import type { Logger } from 'pino'
import type { Services } from '../composition/Services.ts'
import type { Timers } from '../time/Timers.ts'
import type { RequestGuard } from './RequestGuard.ts'

/**
 * What the API routes need, built once by `createServer`: every service (route files never build
 * one), the request guard and the settings of HTTP answers — never a store: routes reach data
 * through services.
 */
export interface ApiContext extends Services {
  readonly guard: RequestGuard
  readonly timers: Timers
  readonly logger: Logger
  /** Cookies get `Secure` (set in production, where the server is behind HTTPS). */
  readonly secureCookies: boolean
  readonly sessionTtlMs: number
  /** Production mode: no demo accounts, and the first admin is created through `/api/setup`. */
  readonly production: boolean
  /** Origin of absolute links handed out (`MAILLAGE_PUBLIC_URL`); absent: the server's address. */
  readonly publicUrl: string | undefined
}
