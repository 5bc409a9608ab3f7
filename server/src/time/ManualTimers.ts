import type { TimerHandle, Timers } from './Timers.ts'

/** The start of a {@link ManualTimers} clock unless told otherwise: a fixed day, whatever today is. */
const DEFAULT_START = Date.parse('2026-12-07T09:00:00.000Z')

/**
 * Timers over a clock that moves only when the test says so, for unit tests of what schedules
 * work (saves, editing sessions): {@link advance} fires what falls due, in order, and lets what
 * each starts settle before the next.
 */
export class ManualTimers implements Timers {
  #now: number
  #nextHandle = 1
  readonly #timers = new Map<TimerHandle, { at: number; callback: () => void }>()

  constructor(startAt = DEFAULT_START) {
    this.#now = startAt
  }

  now(): number {
    return this.#now
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    // Handles are opaque to the code under test; an object with Node's `unref` (which a timer that
    // must not keep the process alive calls) stands in for its Timeout object.
    const handle = { id: this.#nextHandle++, unref: () => handle } as unknown as TimerHandle
    this.#timers.set(handle, { at: this.#now + delayMs, callback })
    return handle
  }

  clearTimeout(handle: TimerHandle): void {
    this.#timers.delete(handle)
  }

  /** Number of timers armed and not yet fired nor cleared. */
  get pendingCount(): number {
    return this.#timers.size
  }

  /** Moves the clock forward, firing due timers in order and letting what they start settle. */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms
    for (;;) {
      const next = [...this.#timers].sort(([, a], [, b]) => a.at - b.at)[0]
      if (next === undefined || next[1].at > target) break
      const [handle, timer] = next
      this.#timers.delete(handle)
      this.#now = timer.at
      timer.callback()
      await settle()
    }
    this.#now = target
    await settle()
  }
}

/** Lets every promise chain that is ready run (stores in memory resolve without real I/O). */
export async function settle(): Promise<void> {
  for (let round = 0; round < 50; round += 1) await new Promise((resolve) => setImmediate(resolve))
}
