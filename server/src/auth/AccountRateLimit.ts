import type { EventWindows } from '../coordination/EventWindows.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'

/** Limits of an {@link AccountRateLimit}: at most `perAccount` actions within `windowMs`. */
export interface AccountRateLimits {
  readonly perAccount: number
  readonly windowMs: number
}

/**
 * Counts the actions of one kind each account makes over a sliding window (messages posted,
 * documents created), so that one account cannot flood what everyone shares. The counts live in
 * {@link EventWindows}: in this process's memory, or shared by every process.
 */
export class AccountRateLimit {
  readonly #limits: AccountRateLimits
  readonly #timers: Timers
  readonly #tooFast: (seconds: number) => string
  readonly #windows: EventWindows

  /**
   * `tooFast`: the French sentence of a refusal, given the seconds to wait; `windows`: where the
   * counts live, used by this limit alone.
   */
  constructor(options: {
    limits: AccountRateLimits
    timers: Timers
    tooFast: (seconds: number) => string
    windows: EventWindows
  }) {
    this.#limits = options.limits
    this.#timers = options.timers
    this.#tooFast = options.tooFast
    this.#windows = options.windows
  }

  /**
   * Counts one action of `accountId`, or rejects with `RATE_LIMITED` (with the seconds to wait) when
   * the account has made its allowed actions within the window; a refused attempt is not counted.
   * Checking and counting are one atomic step, so parallel requests (on any process) cannot all
   * pass before the first one counts.
   */
  async admit(accountId: string): Promise<void> {
    const gate = {
      key: accountId,
      rule: { kind: 'count', limit: this.#limits.perAccount, windowMs: this.#limits.windowMs },
    } as const
    const waitMs = await this.#windows.admit(
      { enforce: [gate], record: [gate] },
      this.#timers.now(),
    )
    if (waitMs === 0) return
    const seconds = Math.max(1, Math.ceil(waitMs / 1000))
    throw new AppError(ErrorCode.RateLimited, this.#tooFast(seconds), {
      retryAfterSeconds: seconds,
    })
  }
}
