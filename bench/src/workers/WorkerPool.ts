import { Worker } from 'node:worker_threads'
import type { Cleanup } from '../cleanup.ts'
import type { WorkerCall, WorkerReply, WorkerRequest, WorkerResults } from './workerProtocol.ts'

interface PendingCall {
  resolve(result: unknown): void
  reject(error: Error): void
}

/**
 * The client worker threads, started once and reused by every scenario. Each runs
 * `clientWorker.ts`; since worker threads do not inherit tsx's loader on Node 20, each one first
 * registers tsx itself (`tsx/esm/api`) and then imports the TypeScript entry.
 */
export class WorkerPool {
  readonly #workers: Worker[]
  readonly #pending = new Map<number, PendingCall>()
  readonly #cleanup: Cleanup
  #nextCallId = 1

  constructor(size: number, cleanup: Cleanup) {
    this.#cleanup = cleanup
    const entry = new URL('./clientWorker.ts', import.meta.url).href
    const bootstrap =
      `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}\n` +
      `register()\n` +
      `await import(${JSON.stringify(entry)})\n`
    const url = new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`)
    this.#workers = Array.from({ length: size }, (_, index) => this.#start(url, index))
  }

  get size(): number {
    return this.#workers.length
  }

  /** Runs one request in worker `index` and resolves with its result. */
  call<R extends WorkerRequest>(index: number, request: R): Promise<WorkerResults[R['type']]> {
    const worker = this.#workers[index]
    if (worker === undefined) return Promise.reject(new Error(`no worker ${index}`))
    const callId = this.#nextCallId++
    return new Promise((resolve, reject) => {
      this.#pending.set(callId, {
        resolve: (result) => {
          resolve(result as WorkerResults[R['type']])
        },
        reject,
      })
      const call: WorkerCall = { callId, request }
      worker.postMessage(call)
    })
  }

  /** Runs a request in every worker, built from the worker's index. */
  callAll<R extends WorkerRequest>(
    build: (index: number) => R,
  ): Promise<WorkerResults[R['type']][]> {
    return Promise.all(this.#workers.map((_, index) => this.call(index, build(index))))
  }

  /** Destroys every client of every worker. */
  async closeAllClients(): Promise<void> {
    await this.callAll(() => ({ type: 'close' }))
  }

  /** Runs a full garbage collection in every worker, all at once. */
  async collectGarbage(): Promise<void> {
    await this.callAll(() => ({ type: 'collectGarbage' }))
  }

  /** Terminates the workers. */
  async terminate(): Promise<void> {
    await Promise.all(
      this.#workers.map(async (worker) => {
        await worker.terminate()
        this.#cleanup.removeWorker(worker)
      }),
    )
  }

  #start(url: URL, index: number): Worker {
    const worker = new Worker(url, { workerData: { index } })
    this.#cleanup.addWorker(worker)
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.#pending.get(reply.callId)
      if (pending === undefined) return
      this.#pending.delete(reply.callId)
      if (reply.ok) pending.resolve(reply.result)
      else pending.reject(new Error(`worker ${index}: ${reply.error}`))
    })
    worker.on('error', (error) => {
      this.#failAll(new Error(`worker ${index} crashed: ${error.stack ?? error.message}`))
    })
    worker.on('exit', (code) => {
      this.#cleanup.removeWorker(worker)
      if (this.#pending.size > 0) this.#failAll(new Error(`worker ${index} exited (${code})`))
    })
    return worker
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error)
    this.#pending.clear()
  }
}
