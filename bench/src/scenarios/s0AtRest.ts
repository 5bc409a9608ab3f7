import { waitUntilIdle } from '../serverWindow.ts'
import type { ServerKind } from '../servers/ServerKind.ts'
import { runAgainst, type BenchContext, type BenchRecord } from './BenchContext.ts'

/**
 * S0 server at rest: the server's resident memory once it is ready and idle, before any client
 * connects (a fresh process in a full run; in quick mode the shared one, which S0 reads first).
 * Also the CPU it used to start and settle, read from /proc like every other figure.
 */
export function runAtRestScenario(ctx: BenchContext, kind: ServerKind): Promise<BenchRecord> {
  return runAgainst(ctx, 'S0', kind, async (server) => {
    await waitUntilIdle(server, { spanMs: ctx.sizes.pauses.idleSpanMs })
    const atRest = server.process.sample()
    return {
      scenario: 'S0',
      server: server.kind,
      metrics: {
        rssAtRestMiB: atRest.rssKiB / 1024,
        startCpuSeconds: atRest.cpuSeconds,
      },
      errors: [],
    }
  })
}
