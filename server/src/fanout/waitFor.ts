/**
 * Retries `check` until it returns without throwing, or rethrows its last error after `timeoutMs`.
 * Tests wait for conditions this way instead of sleeping (the server's twin of
 * `tests/helpers/waitFor.ts`, which server tests cannot import).
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const intervalMs = options.intervalMs ?? 20
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
