/** Latencies of `GET /healthz` measured one after the other while something else runs. */
export interface HealthzLatency {
  /** Stops probing and resolves with every latency measured (ms); a request that failed or timed out counts as `timeoutMs`. */
  stop(): Promise<number[]>
}

/**
 * Asks `GET /healthz` again and again (the next request once the previous answered, at least
 * `intervalMs` apart) until stopped, each request given up after `timeoutMs`. Shows whether the
 * server's event loop stays free for others during an attack.
 */
export function probeHealthz(
  httpUrl: string,
  options: { intervalMs?: number; timeoutMs?: number } = {},
): HealthzLatency {
  const intervalMs = options.intervalMs ?? 50
  const timeoutMs = options.timeoutMs ?? 5_000
  const latencies: number[] = []
  const state = { running: true }
  const loop = (async () => {
    while (state.running) {
      const started = performance.now()
      try {
        const response = await fetch(`${httpUrl}/healthz`, {
          signal: AbortSignal.timeout(timeoutMs),
        })
        await response.arrayBuffer()
        latencies.push(response.ok ? performance.now() - started : timeoutMs)
      } catch {
        latencies.push(timeoutMs)
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    stop: async () => {
      state.running = false
      await loop
      return latencies
    },
  }
}
