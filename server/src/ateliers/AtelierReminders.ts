import type { Logger } from 'pino'
import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import { reminderNotice } from './atelierNotices.ts'
import { isProgrammeAtelier, readAtelier } from './loadAtelier.ts'

/** How often the reminders are looked for: every hour. */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000

/** How long before its start an atelier is reminded: a day. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000

/**
 * The reminder of the day before an atelier (`rappel-atelier`): every hour, and once
 * at start, each seat holder of an atelier of the programme that starts within the next day
 * (`REMINDER_LEAD_MS`), not archived and whose session has not started, is reminded once. The
 * reminder is claimed on the registration (`remindedFor`: the start instant it was sent for)
 * inside `changeRegistrations`, atomic and one atelier at a time in every process, so two
 * processes or a restart never remind twice; an atelier moved to another date is reminded again
 * for its new date. A person who got their seat within the last day before the start is not
 * reminded: their confirmation (or place) is as recent. A reminder claimed whose notification
 * then fails is not sent again (at most once).
 */
export class AtelierReminders {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #notifications: NotificationService
  readonly #timers: Timers
  readonly #logger: Logger
  #timer: TimerHandle | undefined
  #running: Promise<void> = Promise.resolve()
  #stopped = true

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    notifications: NotificationService
    timers: Timers
    logger: Logger
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#notifications = options.notifications
    this.#timers = options.timers
    this.#logger = options.logger
  }

  /** Sends the reminders due now; resolves with how many people were reminded. */
  async sendDue(): Promise<number> {
    const documents = await this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    let reminded = 0
    for (const record of documents) {
      if (!isProgrammeAtelier(record) || record.archivedAt !== undefined) continue
      reminded += await this.#remind(record)
    }
    return reminded
  }

  /** Sends the due reminders now, then every {@link REMINDER_INTERVAL_MS}, until {@link stop}. */
  start(): void {
    if (!this.#stopped) return
    this.#stopped = false
    this.#run()
  }

  /** Stops the hourly runs; resolves once a run under way has finished. */
  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer)
    this.#timer = undefined
    await this.#running
  }

  #run(): void {
    this.#running = this.sendDue()
      .then(
        (count) => {
          if (count > 0) this.#logger.info({ count }, 'atelier reminders sent')
        },
        (error: unknown) => {
          this.#logger.error({ err: error }, 'could not send the reminders of the ateliers')
        },
      )
      .finally(() => {
        if (this.#stopped) return
        this.#timer = this.#timers.setTimeout(() => {
          this.#run()
        }, REMINDER_INTERVAL_MS)
      })
  }

  async #remind(record: DocumentRecord): Promise<number> {
    const registrations = await this.#store.ateliers.listRegistrations(record.id)
    if (!registrations.some((entry) => entry.status === 'inscrit')) return 0
    const details = await readAtelier(this.#content, record)
    const startsAt = details.startsAt?.getTime()
    const now = this.#timers.now()
    if (startsAt === undefined || details.session.state !== 'a-venir') return 0
    if (now < startsAt - REMINDER_LEAD_MS || now >= startsAt) return 0
    const key = new Date(startsAt).toISOString()
    const isDue = (entry: AtelierRegistration): boolean =>
      entry.status === 'inscrit' &&
      entry.remindedFor !== key &&
      Date.parse(entry.promotedAt ?? entry.registeredAt) < startsAt - REMINDER_LEAD_MS
    if (!registrations.some(isDue)) return 0
    const due = await this.#store.ateliers.changeRegistrations(record.id, (current) => ({
      registrations: current.map((entry) =>
        isDue(entry) ? { ...entry, remindedFor: key } : entry,
      ),
      result: current.filter(isDue),
    }))
    if (due.length === 0) return 0
    await this.#notifications.notifyAll(
      due.map((entry) => entry.accountId),
      reminderNotice(record.id, details),
    )
    return due.length
  }
}
