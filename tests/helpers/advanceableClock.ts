import type { CreateServerOptions } from '@maillage/server'

type Timers = NonNullable<CreateServerOptions['timers']>

/** The server's clock for tests that jump ahead in time: real time plus an offset they move. */
export interface AdvanceableClock extends Timers {
  /** Moves the clock forward by `ms`; timers already scheduled still fire in real time. */
  advance(ms: number): void
}

/**
 * Makes an {@link AdvanceableClock}. Its timers are the real ones, so saving, heartbeats and rate
 * limits keep working while a test makes sessions or invitations expire.
 */
export function createAdvanceableClock(): AdvanceableClock {
  let offsetMs = 0
  return {
    now: () => Date.now() + offsetMs,
    setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
    clearTimeout: (handle) => {
      clearTimeout(handle)
    },
    advance: (ms) => {
      offsetMs += ms
    },
  }
}
