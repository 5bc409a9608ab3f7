import type { Timers } from '../time/Timers.ts'

/**
 * How many bytes a connection may send over time: `bytesPerSecond` refill continuously, up to
 * `burst`. Spending never fails: the frame has arrived and is handled; the budget goes into debt
 * and tells how long the connection must then wait, so that one client pushing large updates
 * cannot keep the event loop to itself (the server stops reading its socket meanwhile).
 */
export class ByteBudget {
  readonly #bytesPerMs: number
  readonly #burst: number
  readonly #timers: Timers
  #available: number
  #updatedAt: number

  constructor(options: { bytesPerSecond: number; burst: number; timers: Timers }) {
    this.#bytesPerMs = options.bytesPerSecond / 1000
    this.#burst = options.burst
    this.#timers = options.timers
    this.#available = options.burst
    this.#updatedAt = options.timers.now()
  }

  /** Spends `bytes`; returns the milliseconds to wait before reading more (0: none). */
  spend(bytes: number): number {
    const now = this.#timers.now()
    this.#available = Math.min(
      this.#burst,
      this.#available + (now - this.#updatedAt) * this.#bytesPerMs,
    )
    this.#updatedAt = now
    this.#available -= bytes
    return this.#available >= 0 ? 0 : Math.ceil(-this.#available / this.#bytesPerMs)
  }
}
