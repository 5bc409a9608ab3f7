import type { Timers } from '../time/Timers.ts'

/** Limits of a {@link LoginThrottle}. */
export interface LoginThrottleLimits {
  /** Failed logins allowed per account within the window, then refused until it passes. */
  readonly perAccount: number
  /** Failed logins allowed per IP address within the window. */
  readonly perIp: number
  readonly windowMs: number
}

/** Default limits: 5 failures per account and 20 per IP address per 15 minutes. */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = {
  perAccount: 5,
  perIp: 20,
  windowMs: 15 * 60 * 1000,
}

/**
 * Counts failed logins per account and per IP address over a sliding window, so that guessing a
 * password is throttled whether the attacker targets one account from many addresses or many
 * accounts from one. A success clears the account's failures, not the address's.
 */
export class LoginThrottle {
  readonly #limits: LoginThrottleLimits
  readonly #timers: Timers
  readonly #failures = new Map<string, number[]>()

  constructor(limits: LoginThrottleLimits, timers: Timers) {
    this.#limits = limits
    this.#timers = timers
  }

  /** Milliseconds until a new attempt is allowed for this account and address; 0 when allowed. */
  retryAfterMs(account: string, ip: string): number {
    return Math.max(
      this.#waitFor(`account:${account}`, this.#limits.perAccount),
      this.#waitFor(`ip:${ip}`, this.#limits.perIp),
    )
  }

  /**
   * Records a failed attempt. `SessionManager` records each attempt so before checking its password,
   * so that parallel guesses cannot all pass {@link retryAfterMs} before the first failure counts.
   */
  recordFailure(account: string, ip: string): void {
    const now = this.#timers.now()
    for (const key of [`account:${account}`, `ip:${ip}`]) {
      this.#failures.set(key, [...this.#recent(key), now])
    }
  }

  /**
   * Clears the failures of an account after a successful login, and takes back the attempt recorded
   * for the address before the password was checked (successes never count against an address).
   */
  recordSuccess(account: string, ip: string): void {
    this.#failures.delete(`account:${account}`)
    const key = `ip:${ip}`
    const remaining = this.#recent(key).slice(0, -1)
    if (remaining.length === 0) this.#failures.delete(key)
    else this.#failures.set(key, remaining)
  }

  #waitFor(key: string, limit: number): number {
    const recent = this.#recent(key)
    if (recent.length < limit) return 0
    const oldestThatCounts = recent[recent.length - limit] ?? this.#timers.now()
    return Math.max(0, oldestThatCounts + this.#limits.windowMs - this.#timers.now())
  }

  #recent(key: string): number[] {
    const since = this.#timers.now() - this.#limits.windowMs
    const recent = (this.#failures.get(key) ?? []).filter((at) => at > since)
    if (recent.length === 0) this.#failures.delete(key)
    else this.#failures.set(key, recent)
    return recent
  }
}
