import type { Timers } from '../time/Timers.ts'

/**
 * A token bucket: `perSecond` tokens refill continuously, up to `burst`. Used per connection, so
 * a flooding client only exhausts its own: one bucket counts messages (`take`), refused once
 * empty; another counts bytes (`spend`), which never refuses (the frame has arrived and is
 * handled) but goes into debt and tells how long the connection must then wait, so that one client
 * pushing large updates cannot keep the event loop to itself (its socket is not read meanwhile).
 */
export class TokenBucket {
  readonly #perMs: number
  readonly #burst: number
  readonly #timers: Timers
  #tokens: number
  #updatedAt: number

  constructor(options: { perSecond: number; burst: number; timers: Timers }) {
    this.#perMs = options.perSecond / 1000
    this.#burst = options.burst
    this.#timers = options.timers
    this.#tokens = options.burst
    this.#updatedAt = options.timers.now()
  }

  /** Takes one token; false when the bucket is empty (the message is over the limit). */
  take(): boolean {
    this.#refill()
    if (this.#tokens < 1) return false
    this.#tokens -= 1
    return true
  }

  /** Spends `amount` tokens, into debt if need be; returns the ms to wait before more (0: none). */
  spend(amount: number): number {
    this.#refill()
    this.#tokens -= amount
    return this.#tokens >= 0 ? 0 : Math.ceil(-this.#tokens / this.#perMs)
  }

  #refill(): void {
    const now = this.#timers.now()
    this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#updatedAt) * this.#perMs)
    this.#updatedAt = now
  }
}
