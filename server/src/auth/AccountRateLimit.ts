import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'

/** Limits of an {@link AccountRateLimit}: at most `perAccount` actions within `windowMs`. */
export interface AccountRateLimits {
  readonly perAccount: number
  readonly windowMs: number
}

/**
 * Counts the actions of one kind each account makes over a sliding window (messages posted,
 * documents created), so that one account cannot flood what everyone shares. Holds in memory only
 * the times still within the window.
 */
export class AccountRateLimit {
  readonly #limits: AccountRateLimits
  readonly #timers: Timers
  readonly #tooFast: (seconds: number) => string
  readonly #done = new Map<string, number[]>()

  /** `tooFast`: the French sentence of a refusal, given the seconds to wait. */
  constructor(limits: AccountRateLimits, timers: Timers, tooFast: (seconds: number) => string) {
    this.#limits = limits
    this.#timers = timers
    this.#tooFast = tooFast
  }

  /**
   * Counts one action of `accountId`, or throws `RATE_LIMITED` (with the seconds to wait) when the
   * account has made its allowed actions within the window; a refused attempt is not counted.
   * Synchronous, so parallel requests cannot all pass before the first one counts.
   */
  admit(accountId: string): void {
    const now = this.#timers.now()
    const since = now - this.#limits.windowMs
    const recent = (this.#done.get(accountId) ?? []).filter((at) => at > since)
    if (recent.length >= this.#limits.perAccount) {
      this.#done.set(accountId, recent)
      const oldestThatCounts = recent[recent.length - this.#limits.perAccount] ?? now
      const seconds = Math.max(
        1,
        Math.ceil((oldestThatCounts + this.#limits.windowMs - now) / 1000),
      )
      throw new AppError(ErrorCode.RateLimited, this.#tooFast(seconds), {
        retryAfterSeconds: seconds,
      })
    }
    this.#done.set(accountId, [...recent, now])
  }
}
