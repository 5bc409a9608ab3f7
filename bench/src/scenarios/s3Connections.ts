import { sleep } from '../clock.ts'
import { usageBetween, waitUntilIdle } from '../serverWindow.ts'
import { clientKindOf, type ServerKind } from '../servers/ServerKind.ts'
import type { ClientSpec } from '../workers/workerProtocol.ts'
import { runAgainst, workerOf, type BenchContext, type BenchRecord } from './BenchContext.ts'
import { roomName } from '../roomName.ts'

/** Maillage saves a document within 1 s of its first edit: wait past that before reading RSS. */
const AFTER_OPEN_MS = 1100

/**
 * S3 idle connections: N clients, each on a document of its own holding a few bytes of text.
 * Memory per connection+document is the growth of the server's RSS (idle before, idle after)
 * divided by N; the time to open is from the first connection attempt to the last client synced.
 */
export function runConnectionsScenario(ctx: BenchContext, kind: ServerKind): Promise<BenchRecord> {
  const { s3, pauses } = ctx.sizes
  return runAgainst(ctx, 'S3', kind, async (server) => {
    const specs: ClientSpec[] = Array.from({ length: s3.connections }, (_, id) => ({
      id,
      kind: clientKindOf(server.kind),
      serverUrl: server.clientUrl,
      room: roomName('S3', 'doc', id),
    }))
    await waitUntilIdle(server, { spanMs: pauses.idleSpanMs })
    const before = server.process.sample()
    const opened = await ctx.pool.callAll((worker) => ({
      type: 'open',
      clients: specs.filter((spec) => workerOf(spec.id, ctx) === worker),
      concurrency: s3.concurrencyPerWorker,
      timeoutMs: 60_000,
      writeInitialText: true,
    }))
    const openMs =
      Math.max(...opened.map((result) => result.lastSyncedAt)) -
      Math.min(...opened.map((result) => result.firstStartedAt))
    await sleep(AFTER_OPEN_MS)
    await waitUntilIdle(server, { spanMs: pauses.idleSpanMs })
    const after = server.process.sample()
    const usage = usageBetween(before, after)
    const kibPerConnection = (after.rssKiB - before.rssKiB) / s3.connections
    const errors: string[] = []
    // With the few connections of quick mode, garbage collection noise can outweigh them.
    if (!ctx.quick && !(kibPerConnection > 0)) {
      errors.push(`RSS did not grow (${kibPerConnection} KiB each)`)
    }
    return {
      scenario: 'S3',
      server: server.kind,
      metrics: {
        connections: s3.connections,
        kibPerConnection,
        openSeconds: openMs / 1000,
        connectionsPerSecond: s3.connections / (openMs / 1000),
        serverCpuMsPerConnection: (usage.cpuSeconds * 1000) / s3.connections,
        rssBeforeMiB: before.rssKiB / 1024,
        rssAfterMiB: after.rssKiB / 1024,
      },
      errors,
    }
  })
}
