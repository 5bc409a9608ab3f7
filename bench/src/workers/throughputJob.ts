import { now, sleepUntil } from '../clock.ts'
import { readStamps, writeStamp } from '../stamp.ts'
import type { BenchClient } from './BenchClient.ts'
import type { ClientSet } from './ClientSet.ts'
import { drainUntilQuiet } from './drainUntilQuiet.ts'
import { watchLoopDelay } from './loopDelay.ts'
import type { ThroughputRequest, ThroughputResult } from './workerProtocol.ts'

/** One writer and its end-to-end flow control: at most `inFlight` edits its pacer has not seen. */
interface Writer {
  readonly client: BenchClient
  sent: number
  /** Edits of this writer its pacer has received (marks arrive in order, so the last seq + 1). */
  seen: number
  pumpScheduled: boolean
}

/**
 * S2 in one worker: writers send marked edits as fast as their in-flight window allows, the window
 * being released by a reader in the same worker (the pacer) seeing the edits come back through the
 * server; every client counts the writers' edits it receives.
 */
export async function runThroughput(
  clients: ClientSet,
  request: ThroughputRequest,
): Promise<ThroughputResult> {
  const writerIds = new Set(request.allWriterIds)
  const writers = new Map<number, Writer>()
  for (const { id } of request.writers) {
    writers.set(id, { client: clients.get(id), sent: 0, seen: 0, pumpScheduled: false })
  }
  const pacedBy = new Map(request.writers.map(({ id, pacerId }) => [pacerId, id]))
  const readerIds = new Set(request.readerIds)
  const receivers = [...new Set([...request.readerIds, ...writers.keys()])].map((id) =>
    clients.get(id),
  )
  const latencies: number[] = []
  const received = new Map<number, number>()
  const inWindow = new Map<number, number>()
  let deliveriesInWindow = 0
  let lastArrivalAt = now()
  let longestStallMs = 0
  let stopped = false

  const pump = (writer: Writer): void => {
    writer.pumpScheduled = false
    while (!stopped && writer.sent - writer.seen < request.inFlight) {
      const sentAt = now()
      if (sentAt >= request.stopAt) return
      writer.client.send(
        writeStamp({ clientId: writer.client.id, sequence: writer.sent, sentAt }),
        'end',
      )
      writer.sent += 1
    }
  }
  const schedulePump = (writer: Writer): void => {
    if (writer.pumpScheduled) return
    writer.pumpScheduled = true
    setImmediate(() => {
      pump(writer)
    })
  }

  for (const client of receivers) {
    received.set(client.id, 0)
    inWindow.set(client.id, 0)
    const pacedWriter = writers.get(pacedBy.get(client.id) ?? -1)
    client.setListener((text, arrivedAt) => {
      readStamps(text, (stamp) => {
        if (stamp.clientId === client.id || !writerIds.has(stamp.clientId)) return
        received.set(client.id, (received.get(client.id) ?? 0) + 1)
        if (arrivedAt > request.startAt) {
          longestStallMs = Math.max(
            longestStallMs,
            arrivedAt - Math.max(lastArrivalAt, request.startAt),
          )
        }
        lastArrivalAt = arrivedAt
        if (pacedWriter !== undefined && stamp.clientId === pacedWriter.client.id) {
          pacedWriter.seen = Math.max(pacedWriter.seen, stamp.sequence + 1)
          schedulePump(pacedWriter)
        }
        if (arrivedAt < request.windowStart || arrivedAt >= request.windowEnd) return
        deliveriesInWindow += 1
        inWindow.set(client.id, (inWindow.get(client.id) ?? 0) + 1)
        if (readerIds.has(client.id)) latencies.push(arrivedAt - stamp.sentAt)
      })
    })
  }

  await sleepUntil(request.startAt)
  const loopDelay = watchLoopDelay()
  for (const writer of writers.values()) pump(writer)
  await sleepUntil(request.stopAt)
  stopped = true
  await drainUntilQuiet(() => lastArrivalAt, request)
  for (const client of receivers) client.setListener(null)
  return {
    readerDeliveries: request.readerIds.map((id) => [id, inWindow.get(id) ?? 0] as const),
    deliveriesInWindow,
    latencies: Float64Array.from(latencies),
    sent: [...writers.values()].map((writer) => [writer.client.id, writer.sent] as const),
    received: [...received],
    unexpectedCloses: receivers.reduce((sum, client) => sum + client.unexpectedCloses, 0),
    longestStallMs,
    lastArrivalAfterStopMs: lastArrivalAt - request.stopAt,
    loopDelay: loopDelay.stop(),
  }
}
