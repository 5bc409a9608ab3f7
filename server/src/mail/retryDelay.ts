const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** How long a mail keeps being retried after it was queued; then it is marked failed. */
export const GIVE_UP_AFTER_MS = 3 * 24 * HOUR

/**
 * The wait after the `attempts`-th failed attempt (1 for the first): 1 minute, doubling up to an
 * hour (1, 2, 4, 8, 16, 32 min, then 1 h), then every hour.
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 6))
  return Math.min(MINUTE * 2 ** exponent, HOUR)
}
