/** One rule of progressive delay: some failures allowed freely, then a wait doubling with each. */
export interface DelayRule {
  /** Attempts that may fail one after another within `windowMs` before any wait. */
  readonly freeFailures: number
  /** Wait after the first failure past `freeFailures`; doubles with each further failure. */
  readonly firstDelayMs: number
  /** Longest wait, however many failures. */
  readonly maxDelayMs: number
  /** Failures older than this no longer count. */
  readonly windowMs: number
}

/**
 * Most keys one {@link ProgressiveDelay} remembers; past it the least recently failed are forgotten,
 * so that failures under ever new keys (addresses, invented e-mails) cannot fill the memory.
 */
export const MAX_TRACKED_KEYS = 100_000

/**
 * Failures per key (an account, an address, a pair) and the wait they impose: none until
 * `freeFailures` within the window, then `firstDelayMs` before the next attempt, doubling with
 * each further failure up to `maxDelayMs`, counted from the latest failure. No key is ever locked: once its wait has passed,
 * one more attempt is allowed. Times are milliseconds of the caller's clock.
 */
export class ProgressiveDelay {
  readonly #rule: DelayRule
  readonly #maxKeys: number
  // Failure times per key, oldest first; the map is kept in order of each key's latest failure.
  readonly #failures = new Map<string, number[]>()

  constructor(rule: DelayRule, maxKeys = MAX_TRACKED_KEYS) {
    this.#rule = rule
    this.#maxKeys = maxKeys
  }

  /** Milliseconds before `key` may try again at `now`; 0 when it may now. */
  waitMs(key: string, now: number): number {
    const recent = this.#recent(key, now)
    const beyond = recent.length - this.#rule.freeFailures
    const latest = recent.at(-1)
    if (beyond < 0 || latest === undefined) return 0
    // 2^beyond overflows nothing: past ~50 doublings the cap has long been reached.
    const delay = Math.min(
      this.#rule.maxDelayMs,
      this.#rule.firstDelayMs * 2 ** Math.min(beyond, 50),
    )
    return Math.max(0, latest + delay - now)
  }

  /** Counts a failure of `key` at `now`. */
  recordFailure(key: string, now: number): void {
    const recent = this.#recent(key, now)
    recent.push(now)
    // 2^32 times the first wait is past any sane cap: older failures would add nothing.
    const kept = recent.slice(-(this.#rule.freeFailures + 32))
    this.#failures.delete(key)
    this.#failures.set(key, kept)
    if (this.#failures.size > this.#maxKeys) {
      const oldest = this.#failures.keys().next()
      if (oldest.done !== true) this.#failures.delete(oldest.value)
    }
  }

  /** Takes back the latest failure of `key` (an attempt counted in advance that succeeded). */
  takeBack(key: string): void {
    const failures = this.#failures.get(key)
    if (failures === undefined) return
    failures.pop()
    if (failures.length === 0) this.#failures.delete(key)
  }

  /** Forgets every failure of `key`. */
  clear(key: string): void {
    this.#failures.delete(key)
  }

  #recent(key: string, now: number): number[] {
    const failures = this.#failures.get(key)
    if (failures === undefined) return []
    const since = now - this.#rule.windowMs
    const firstRecent = failures.findIndex((at) => at > since)
    if (firstRecent === -1) {
      this.#failures.delete(key)
      return []
    }
    if (firstRecent > 0) failures.splice(0, firstRecent)
    return failures
  }
}
