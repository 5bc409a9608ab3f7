/** Opaque handle of a scheduled timer. */
export type TimerHandle = ReturnType<typeof setTimeout>

/**
 * The clock and timers a component depends on, injected so tests can control time.
 * `now` is in milliseconds since the epoch.
 */
export interface Timers {
  now(): number
  setTimeout(callback: () => void, delayMs: number): TimerHandle
  clearTimeout(handle: TimerHandle): void
}

/** The real clock and timers of the Node process. */
export const systemTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => {
    clearTimeout(handle)
  },
}
