import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'
import { EXCHANGE_MESSAGES } from './exchangeMessages.ts'

/** Limits of a {@link MessageRateLimit}. */
export interface MessageRateLimits {
  /** Messages one account may post within the window, over all threads. */
  readonly perAccount: number
  readonly windowMs: number
}

/** Default limits: 20 messages per account per minute, over all threads. */
export const DEFAULT_MESSAGE_RATE_LIMITS: MessageRateLimits = {
  perAccount: 20,
  windowMs: 60 * 1000,
}

/**
 * Counts the messages each account posts over a sliding window, so that one account cannot flood
 * the échanges (and the notifications of the people it mentions). Holds in memory only the times
 * of the messages still within the window.
 */
export class MessageRateLimit {
  readonly #limits: MessageRateLimits
  readonly #timers: Timers
  readonly #posted = new Map<string, number[]>()

  constructor(limits: MessageRateLimits, timers: Timers) {
    this.#limits = limits
    this.#timers = timers
  }

  /**
   * Counts one message of `accountId`, or throws `RATE_LIMITED` (with the seconds to wait) when
   * the account has posted its allowed messages within the window; a refused attempt is not
   * counted. Synchronous, so parallel requests cannot all pass before the first one counts.
   */
  admit(accountId: string): void {
    const now = this.#timers.now()
    const since = now - this.#limits.windowMs
    const recent = (this.#posted.get(accountId) ?? []).filter((at) => at > since)
    if (recent.length >= this.#limits.perAccount) {
      this.#posted.set(accountId, recent)
      const oldestThatCounts = recent[recent.length - this.#limits.perAccount] ?? now
      const seconds = Math.max(
        1,
        Math.ceil((oldestThatCounts + this.#limits.windowMs - now) / 1000),
      )
      throw new AppError(ErrorCode.RateLimited, EXCHANGE_MESSAGES.postingTooFast(seconds), {
        retryAfterSeconds: seconds,
      })
    }
    this.#posted.set(accountId, [...recent, now])
  }
}
