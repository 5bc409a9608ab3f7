import type * as Y from 'yjs'
import { now } from '../clock.ts'
import { createBenchClient, type BenchClient, type YjsClient } from './BenchClient.ts'
import type { ClientSpec, OpenRequest, OpenResult } from './workerProtocol.ts'

/** The clients a worker has open, by id. */
export class ClientSet {
  readonly #clients = new Map<number, BenchClient>()

  get(id: number): BenchClient {
    const client = this.#clients.get(id)
    if (client === undefined) throw new Error(`no open client ${id} in this worker`)
    return client
  }

  getYjs(id: number): YjsClient {
    const client = this.get(id)
    if (client.kind !== 'yjs') throw new Error(`client ${id} is raw, a Yjs client is needed`)
    return client
  }

  /** Opens one client and waits until it is ready, or throws after `timeoutMs`. */
  async openOne(spec: ClientSpec, timeoutMs: number, doc?: Y.Doc): Promise<BenchClient> {
    if (this.#clients.has(spec.id)) throw new Error(`client ${spec.id} is already open`)
    const client = createBenchClient(spec, doc)
    this.#clients.set(spec.id, client)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(
          new Error(`client ${spec.id} (${spec.kind} ${spec.room}) not ready in ${timeoutMs} ms`),
        )
      }, timeoutMs)
    })
    try {
      await Promise.race([client.ready, timeout])
    } finally {
      clearTimeout(timer)
    }
    return client
  }

  /** Opens clients `concurrency` at a time (so thousands do not all handshake at once). */
  async open(request: OpenRequest): Promise<OpenResult> {
    const firstStartedAt = now()
    let next = 0
    const openNext = async (): Promise<void> => {
      for (let index = next++; index < request.clients.length; index = next++) {
        const spec = request.clients[index]
        if (spec === undefined) return
        const client = await this.openOne(spec, request.timeoutMs)
        if (request.writeInitialText) client.send(`doc ${spec.id}`, 'end')
      }
    }
    const lanes = Math.max(1, Math.min(request.concurrency, request.clients.length))
    await Promise.all(Array.from({ length: lanes }, openNext))
    return { firstStartedAt, lastSyncedAt: now() }
  }

  /** Destroys the given clients, or all of them. */
  close(ids?: readonly number[]): number {
    const targets = ids ?? [...this.#clients.keys()]
    let closed = 0
    for (const id of targets) {
      const client = this.#clients.get(id)
      if (client === undefined) continue
      client.setListener(null)
      client.destroy()
      this.#clients.delete(id)
      closed += 1
    }
    return closed
  }
}
