// Worker thread entry: holds the clients of this worker and runs the jobs the main thread sends.
import { parentPort } from 'node:worker_threads'
import { collectGarbage } from './collectGarbage.ts'
import { ClientSet } from './ClientSet.ts'
import { runFanOut } from './fanOutJob.ts'
import { runThroughput } from './throughputJob.ts'
import { awaitTrace, replayTrace, seedTrace, syncFresh, TraceCache } from './traceJobs.ts'
import type { WorkerCall, WorkerReply, WorkerRequest, WorkerResults } from './workerProtocol.ts'

const port = parentPort
if (port === null) throw new Error('clientWorker.ts must run in a worker thread')
// Each y-websocket provider adds a process 'exit' listener; thousands of clients are expected here.
process.setMaxListeners(0)

const clients = new ClientSet()
const traces = new TraceCache()

function run(request: WorkerRequest): Promise<WorkerResults[keyof WorkerResults]> {
  switch (request.type) {
    case 'open':
      return clients.open(request)
    case 'fanOut':
      return runFanOut(clients, request)
    case 'throughput':
      return runThroughput(clients, request)
    case 'replayTrace':
      return replayTrace(clients, traces, request)
    case 'awaitTrace':
      return awaitTrace(clients, traces, request)
    case 'syncFresh':
      return syncFresh(clients, traces, request)
    case 'seedTrace':
      return seedTrace(clients, traces, request)
    case 'close':
      return Promise.resolve({ closed: clients.close(request.clientIds) })
    case 'collectGarbage':
      return Promise.resolve({ heapUsedBytes: collectGarbage() })
    default: {
      const unknown: never = request
      return Promise.reject(new Error(`unknown request ${JSON.stringify(unknown)}`))
    }
  }
}

port.on('message', ({ callId, request }: WorkerCall) => {
  run(request).then(
    (result) => {
      const reply: WorkerReply = { callId, ok: true, result }
      port.postMessage(reply)
    },
    (error: unknown) => {
      const reply: WorkerReply = {
        callId,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }
      port.postMessage(reply)
    },
  )
})
