import type { Timers } from './Timers.ts'

/** The current time of `timers`, plus `offsetMs`, as an ISO 8601 string (how records store dates). */
export function isoTime(timers: Timers, offsetMs = 0): string {
  return new Date(timers.now() + offsetMs).toISOString()
}
