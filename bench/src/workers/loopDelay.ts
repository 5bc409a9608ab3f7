import { monitorEventLoopDelay } from 'node:perf_hooks'

/** How late a worker's event loop ran during a job: a late loop delays arrivals it timestamps. */
export interface LoopDelay {
  readonly p99Ms: number
  readonly maxMs: number
}

/** Starts watching this thread's event-loop delay; `stop()` returns what it saw. */
export function watchLoopDelay(): { stop(): LoopDelay } {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  return {
    stop() {
      histogram.disable()
      return { p99Ms: histogram.percentile(99) / 1e6, maxMs: histogram.max / 1e6 }
    },
  }
}
