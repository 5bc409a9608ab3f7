import type { Logger } from 'pino'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { OutboxMail } from '../persistence/records/OutboxMail.ts'
import { isoTime } from '../time/isoTime.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { MailTransport } from './MailTransport.ts'
import { GIVE_UP_AFTER_MS, retryDelayMs } from './retryDelay.ts'

/** How long a claimed mail is this process's to send before another may claim it again. */
export const MAIL_LEASE_MS = 10 * 60_000
/** Mails claimed per round. */
const BATCH = 20
/** How long sent and failed mails stay in the outbox. */
const KEEP_FINISHED_MS = 7 * 24 * 60 * 60_000

/** Something the worker runs each round besides sending (the daily digest). */
export type WorkerTask = () => Promise<void>

/**
 * Sends the outbox: every `pollIntervalMs` (and at once when woken), it claims the due mails
 * (`claimDueMails`: atomic, so several processes never send one mail twice), sends them one by
 * one, records each as sent, or counts the failure and sets the next attempt (`retryDelayMs`), or
 * after three days of failures marks it failed and logs an error. A mail being sent when a process
 * dies is sent again once its lease ends (at least once, never lost). `stop` waits for the round
 * under way.
 */
export class OutboxWorker {
  readonly #store: MetadataStore
  readonly #transport: MailTransport
  readonly #timers: Timers
  readonly #logger: Logger
  readonly #pollIntervalMs: number
  readonly #tasks: readonly WorkerTask[]
  #timer: TimerHandle | undefined
  #round: Promise<void> | undefined
  #again = false
  #stopped = true

  constructor(options: {
    store: MetadataStore
    transport: MailTransport
    timers: Timers
    logger: Logger
    pollIntervalMs: number
    tasks?: readonly WorkerTask[]
  }) {
    this.#store = options.store
    this.#transport = options.transport
    this.#timers = options.timers
    this.#logger = options.logger
    this.#pollIntervalMs = options.pollIntervalMs
    this.#tasks = options.tasks ?? []
  }

  start(): void {
    if (!this.#stopped) return
    this.#stopped = false
    this.wake()
  }

  /** Runs a round now (after the one under way): a mail was just queued. */
  wake(): void {
    if (this.#stopped) return
    if (this.#round !== undefined) {
      this.#again = true
      return
    }
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer)
    this.#timer = undefined
    this.#round = this.#runRound().finally(() => {
      this.#round = undefined
      if (this.#stopped) return
      if (this.#again) {
        this.#again = false
        this.wake()
        return
      }
      this.#timer = this.#timers.setTimeout(() => {
        this.#timer = undefined
        this.wake()
      }, this.#pollIntervalMs)
    })
  }

  /** Stops the rounds and waits for the one under way; the transport is closed. */
  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#timer !== undefined) this.#timers.clearTimeout(this.#timer)
    this.#timer = undefined
    await this.#round
    this.#transport.close()
  }

  async #runRound(): Promise<void> {
    try {
      for (const task of this.#tasks) await task()
      let claimed: OutboxMail[]
      do {
        claimed = await this.#store.mail.claimDueMails({
          now: isoTime(this.#timers),
          leaseUntil: isoTime(this.#timers, MAIL_LEASE_MS),
          limit: BATCH,
        })
        for (const [index, mail] of claimed.entries()) {
          if (this.#stopped) {
            await this.#release(claimed.slice(index))
            return
          }
          await this.#deliver(mail)
        }
      } while (claimed.length === BATCH && !this.#stopped)
      await this.#store.mail.purgeFinishedMails(isoTime(this.#timers, -KEEP_FINISHED_MS))
    } catch (error) {
      // The store is unreachable or closing: the next round tries again.
      if (!this.#stopped) this.#logger.error({ err: error }, 'mail outbox round failed')
    }
  }

  /** Gives back mails claimed but not tried (the server is closing): due again at once. */
  async #release(mails: readonly OutboxMail[]): Promise<void> {
    for (const mail of mails) {
      await this.#store.mail.updateMail(mail.id, { nextAttemptAt: isoTime(this.#timers) })
    }
  }

  async #deliver(mail: OutboxMail): Promise<void> {
    try {
      await this.#transport.send(mail)
    } catch (error) {
      await this.#recordFailure(mail, error)
      return
    }
    await this.#store.mail.updateMail(mail.id, { sentAt: isoTime(this.#timers) })
  }

  async #recordFailure(mail: OutboxMail, error: unknown): Promise<void> {
    const attempts = mail.attempts + 1
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000)
    const now = this.#timers.now()
    if (now - Date.parse(mail.createdAt) >= GIVE_UP_AFTER_MS) {
      await this.#store.mail.updateMail(mail.id, {
        attempts,
        lastError,
        failedAt: isoTime(this.#timers),
      })
      this.#logger.error(
        { mailId: mail.id, kind: mail.kind, attempts, lastError },
        'mail given up after three days of failed attempts',
      )
      return
    }
    await this.#store.mail.updateMail(mail.id, {
      attempts,
      lastError,
      nextAttemptAt: isoTime(this.#timers, retryDelayMs(attempts)),
    })
    this.#logger.warn({ mailId: mail.id, attempts, lastError }, 'mail not sent, will retry')
  }
}
