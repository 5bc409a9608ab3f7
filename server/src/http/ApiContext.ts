import type { Logger } from 'pino'
import type { AtelierServices } from '../ateliers/createAtelierServices.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { DocumentContentSources } from '../documents/readDocumentContent.ts'
import type { ExchangeService } from '../exchanges/ExchangeService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import type { RequestGuard } from './RequestGuard.ts'

/** What the API routes need, built once by `createServer`. */
export interface ApiContext {
  readonly store: MetadataStore
  readonly sessions: SessionManager
  readonly guard: RequestGuard
  readonly documents: DocumentService
  /** Where exports read documents' content: their rooms when in memory, else the store. */
  readonly content: DocumentContentSources
  readonly timers: Timers
  readonly logger: Logger
  /** Cookies get `Secure` (set in production, where the server is behind HTTPS). */
  readonly secureCookies: boolean
  readonly sessionTtlMs: number
  /** Production mode: no demo accounts, and the first admin is created through `/api/setup`. */
  readonly production: boolean
  /** Origin of absolute links handed out (`MAILLAGE_PUBLIC_URL`); absent: the server's address. */
  readonly publicUrl: string | undefined
  /** Closes (4401) the live websocket connections opened with a session that just ended. */
  readonly onSessionEnded: (sessionTokenHash: string) => void
  /** Re-checks the live websocket connections of an account after its access changed. */
  readonly onAccessChanged: (accountId: string) => void
  /** The échanges between CLPE and CoRE: threads, messages, « nous aussi » (issue #8). */
  readonly exchanges: ExchangeService
  /** The programme of ateliers, their live sessions and calendars (issue #8). */
  readonly ateliers: AtelierServices
}
