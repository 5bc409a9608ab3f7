import type { Logger } from 'pino'
import { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Actor } from '../auth/Actor.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { Coordination } from '../coordination/Coordination.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { AccountDeletion } from './AccountDeletion.ts'
import type { VersionRecordsReader } from './collectNamedVersions.ts'
import { EXPORTS_PER_HOUR, PersonalDataExport } from './PersonalDataExport.ts'
import { DEFAULT_RETENTION_PERIODS, RetentionJob, type RetentionPeriods } from './RetentionJob.ts'

/** The RGPD rights of members and the retention of their data. */
export interface PrivacyServices {
  /** « Mes données »: the export of everything about oneself. */
  readonly export: PersonalDataExport
  /** The deletion of one's account, with the anonymisation of what one wrote. */
  readonly deletion: AccountDeletion
  /** The daily job applying the retention periods (started by `createServer`). */
  readonly retention: RetentionJob
}

/** Builds the privacy services; each namespace of locks and windows is asked for once, here. */
export function createPrivacyServices(dependencies: {
  store: MetadataStore
  content: DocumentContent
  /** The version history's store: « Mes données » lists the named versions one made. */
  versions: VersionRecordsReader
  sessions: SessionManager
  timers: Timers
  coordination: Coordination
  logger: Logger
  periods?: RetentionPeriods
  /** Gives up a deleted person's seats in ateliers to come (see `AccountDeletion`). */
  releaseRegistrations: (actor: Actor) => Promise<void>
}): PrivacyServices {
  const { store, content, sessions, timers, coordination, logger } = dependencies
  return {
    export: new PersonalDataExport({
      store,
      content,
      versions: dependencies.versions,
      timers,
      rateLimit: new AccountRateLimit({
        limits: { perAccount: EXPORTS_PER_HOUR, windowMs: 60 * 60 * 1000 },
        timers,
        tooFast: (seconds) =>
          `Vous avez téléchargé vos données plusieurs fois en peu de temps : réessayez dans ${seconds} s.`,
        windows: coordination.windows('personal-data-exports'),
      }),
    }),
    deletion: new AccountDeletion({
      store,
      content,
      sessions,
      accessEvents: coordination.accessEvents,
      timers,
      locks: coordination.locks('account-deletions'),
      releaseRegistrations: dependencies.releaseRegistrations,
    }),
    retention: new RetentionJob({
      store,
      timers,
      lock: coordination.locks('retention'),
      periods: dependencies.periods ?? DEFAULT_RETENTION_PERIODS,
      logger,
    }),
  }
}
