import { now, sleepUntil } from '../clock.ts'
import { readStamps, writeStamp } from '../stamp.ts'
import type { BenchClient } from './BenchClient.ts'
import type { ClientSet } from './ClientSet.ts'
import { drainUntilQuiet } from './drainUntilQuiet.ts'
import { watchLoopDelay } from './loopDelay.ts'
import type { FanOutRequest, FanOutResult } from './workerProtocol.ts'

/**
 * S1 and S5 in one worker: every client sends a marked edit `rateHz` times a second (open loop,
 * each with a random phase: a late timer sends at once rather than skipping) and records the
 * latency of every mark it receives from another client within the window.
 */
export async function runFanOut(clients: ClientSet, request: FanOutRequest): Promise<FanOutResult> {
  const selected = request.clientIds.map((id) => clients.get(id))
  const latencies: number[] = []
  const sent = new Map<number, number>()
  const received = new Map<number, number>()
  let deliveriesInWindow = 0
  let lastArrivalAt = now()
  for (const client of selected) {
    sent.set(client.id, 0)
    received.set(client.id, 0)
    client.setListener((text, arrivedAt) => {
      readStamps(text, (stamp) => {
        if (stamp.clientId === client.id) return
        received.set(client.id, (received.get(client.id) ?? 0) + 1)
        lastArrivalAt = arrivedAt
        if (arrivedAt >= request.windowStart && arrivedAt < request.windowEnd) {
          deliveriesInWindow += 1
          latencies.push(arrivedAt - stamp.sentAt)
        }
      })
    })
  }
  const loopDelay = watchLoopDelay()
  const timers = selected.map((client) => scheduleEdits(client, request, sent))
  await sleepUntil(request.stopAt)
  for (const timer of timers) timer.cancel()
  await drainUntilQuiet(() => lastArrivalAt, request)
  for (const client of selected) client.setListener(null)
  return {
    latencies: Float64Array.from(latencies),
    deliveriesInWindow,
    sent: [...sent],
    received: [...received],
    unexpectedCloses: selected.reduce((sum, client) => sum + client.unexpectedCloses, 0),
    loopDelay: loopDelay.stop(),
  }
}

function scheduleEdits(
  client: BenchClient,
  request: FanOutRequest,
  sent: Map<number, number>,
): { cancel(): void } {
  const periodMs = 1000 / request.rateHz
  const firstAt = request.startAt + Math.random() * periodMs
  let sequence = 0
  let timer: NodeJS.Timeout | undefined
  const tick = (): void => {
    const sentAt = now()
    if (sentAt >= request.stopAt) return
    client.send(writeStamp({ clientId: client.id, sequence, sentAt }), request.position)
    sequence += 1
    sent.set(client.id, sequence)
    timer = setTimeout(tick, firstAt + sequence * periodMs - now())
  }
  timer = setTimeout(tick, firstAt - now())
  return {
    cancel() {
      clearTimeout(timer)
    },
  }
}
