// How the pilotage views read the server's event stream (`usePilotageEvents`).

/** First wait before opening the stream again after the server refused or dropped it. */
export const FIRST_RETRY_MS = 2_000
/** Longest wait between two attempts. */
export const MAX_RETRY_MS = 60_000

/**
 * The wait before attempt `failures + 1`: doubling from 2 s up to a minute, with ±25 % of jitter
 * (`random` in [0, 1)) so that the pages a server restart dropped do not all come back at once.
 */
export function retryDelayMs(failures: number, random: number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1))
  return Math.round(base * (0.75 + random * 0.5))
}

/** The `spaceId` of an event's JSON data, or null when it names none (the event is ignored). */
export function spaceIdOf(data: string): string | null {
  try {
    const parsed: unknown = JSON.parse(data)
    if (typeof parsed !== 'object' || parsed === null || !('spaceId' in parsed)) return null
    return typeof parsed.spaceId === 'string' ? parsed.spaceId : null
  } catch {
    // A malformed event names no space: it refreshes nothing rather than breaking the stream.
    return null
  }
}
