/**
 * Milliseconds on a clock shared by the main thread and every worker thread of the process:
 * `performance.timeOrigin` is the start of the calling thread, so adding `performance.now()` gives
 * the same wall-clock-based time in every thread, with sub-millisecond resolution.
 */
export function now(): number {
  return performance.timeOrigin + performance.now()
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
}

/** Resolves at clock time `at` (see {@link now}), or at once if it is past. */
export function sleepUntil(at: number): Promise<void> {
  return sleep(at - now())
}

/**
 * Retries `check` until it returns a value other than `undefined`, or throws `describe()` after
 * `timeoutMs`. Waits on conditions instead of fixed sleeps.
 */
export async function waitFor<T>(
  check: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs: number; intervalMs?: number; describe: () => string },
): Promise<T> {
  const deadline = now() + options.timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (now() > deadline) {
      throw new Error(`timed out after ${options.timeoutMs} ms: ${options.describe()}`)
    }
    await sleep(options.intervalMs ?? 25)
  }
}
