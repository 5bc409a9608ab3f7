import type { AdvanceableClock } from './advanceableClock.ts'

/**
 * The server's clock for tests where the time between two requests must not count: `now` stands
 * still until the test moves it (unlike {@link createAdvanceableClock}'s, which runs). Its timers
 * are the real ones, so saving and heartbeats keep working; only what reads `now` is frozen.
 */
export function createManualClock(start = Date.now()): AdvanceableClock {
  let now = start
  return {
    now: () => now,
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      clearTimeout(handle)
    },
    advance: (ms) => {
      now += ms
    },
  }
}
