import type { Logger } from 'pino'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { isoTime } from '../time/isoTime.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/** How long personal data is kept (the processing register in `privacy/README.md`). */
export interface RetentionPeriods {
  /** Days an expired session is kept after its expiry (default 30). */
  readonly sessionsAfterExpiryDays: number
  /** Days a notification is kept after it was created, read or not (default 365). */
  readonly notificationsDays: number
  /** Days an entry of the audit trail is kept (default 365). */
  readonly auditDays: number
}

export const DEFAULT_RETENTION_PERIODS: RetentionPeriods = {
  sessionsAfterExpiryDays: 30,
  notificationsDays: 365,
  auditDays: 365,
}

/** What one run removed. */
export interface RetentionReport {
  readonly sessions: number
  readonly notifications: number
  readonly auditEntries: number
}

/**
 * Applies the retention periods: deletes the sessions expired for longer than their period, and the
 * notifications and audit entries older than theirs. Runs once at {@link start}, then every day (injected timers).
 * Several processes may run it: each run holds the lock `retention` of the shared coordination,
 * and every deletion is by date, so a second run finds nothing left to delete.
 */
export class RetentionJob {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #lock: KeyedLock
  readonly #periods: RetentionPeriods
  readonly #logger: Logger
  #timer: TimerHandle | undefined
  #running: Promise<unknown> = Promise.resolve()
  #stopped = false

  constructor(options: {
    store: MetadataStore
    timers: Timers
    lock: KeyedLock
    periods: RetentionPeriods
    logger: Logger
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#lock = options.lock
    this.#periods = options.periods
    this.#logger = options.logger
  }

  /** Runs now, then once a day until {@link stop}. A failed run is logged and retried the next day. */
  start(): void {
    this.#tick()
  }

  /** Applies every period once, now. */
  runOnce(): Promise<RetentionReport> {
    return this.#lock.run('retention', async () => {
      const now = this.#timers.now()
      const sessionsBefore = isoTime(this.#timers, -this.#periods.sessionsAfterExpiryDays * DAY_MS)
      const notificationsBefore = new Date(now - this.#periods.notificationsDays * DAY_MS)
      const auditBefore = new Date(now - this.#periods.auditDays * DAY_MS)
      return {
        sessions: await this.#store.deleteExpiredSessions(sessionsBefore),
        notifications: await this.#store.notifications.deleteNotificationsCreatedBefore(
          notificationsBefore.toISOString(),
        ),
        auditEntries: await this.#store.pruneAuditBefore(auditBefore.toISOString()),
      }
    })
  }

  /** Cancels the next run and waits for the one under way, if any. */
  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer)
    await this.#running
  }

  #tick(): void {
    if (this.#stopped) return
    this.#running = this.runOnce().then(
      (report) => {
        if (report.sessions + report.notifications + report.auditEntries > 0) {
          this.#logger.info(report, 'retention periods applied')
        }
      },
      (error: unknown) => {
        this.#logger.error({ err: error }, 'the retention job failed; it runs again tomorrow')
      },
    )
    this.#timer = this.#timers.setTimeout(() => {
      this.#tick()
    }, DAY_MS)
  }
}
