import type { Timers } from '../time/Timers.ts'

/**
 * A token bucket: `ratePerSecond` tokens refill every second, up to `burst`; each message takes one.
 * Used per connection, so a flooding client only exhausts its own bucket.
 */
export class RateLimiter {
  readonly #ratePerMs: number
  readonly #burst: number
  readonly #timers: Timers
  #tokens: number
  #updatedAt: number

  constructor(options: { ratePerSecond: number; burst: number; timers: Timers }) {
    this.#ratePerMs = options.ratePerSecond / 1000
    this.#burst = options.burst
    this.#timers = options.timers
    this.#tokens = options.burst
    this.#updatedAt = options.timers.now()
  }

  /** Takes one token; false when the bucket is empty (the message is over the limit). */
  take(): boolean {
    const now = this.#timers.now()
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#updatedAt) * this.#ratePerMs)
    this.#updatedAt = now
    if (this.#tokens < 1) return false
    this.#tokens -= 1
    return true
  }
}
