import type { DocumentId } from '@maillage/protocol'
import type { Timers } from '../time/Timers.ts'
import type { FanoutReply } from './FanoutEnvelope.ts'
import { SyncWait } from './SyncWait.ts'

/** A request just opened: its id, its wait, and the promise that settles with the wait. */
export interface OpenedRequest {
  readonly requestId: number
  readonly wait: SyncWait
  /** Resolves once every expected reply arrived, or after the timeout; never rejects. */
  readonly settled: Promise<void>
}

/** The requests of this process waiting for their replies, each bounded in time. */
export class SyncRequests {
  readonly #waits = new Map<number, SyncWait>()
  readonly #timers: Timers
  readonly #timeoutMs: number
  #nextId = 1

  constructor(options: { timers: Timers; timeoutMs: number }) {
    this.#timers = options.timers
    this.#timeoutMs = options.timeoutMs
  }

  /** Opens the wait of a new request about `documentId`; its replies go to `onReply`. */
  open(documentId: DocumentId, onReply: (reply: FanoutReply) => void): OpenedRequest {
    const requestId = this.#nextId++
    let wait: SyncWait | undefined
    const settled = new Promise<void>((resolve) => {
      const timer = this.#timers.setTimeout(() => {
        wait?.settle()
      }, this.#timeoutMs)
      wait = new SyncWait(documentId, onReply, () => {
        this.#timers.clearTimeout(timer)
        this.#waits.delete(requestId)
        resolve()
      })
    })
    if (wait === undefined) throw new Error('the promise executor runs synchronously')
    this.#waits.set(requestId, wait)
    return { requestId, wait, settled }
  }

  /**
   * Hands a reply to the request waiting for it; false when none does (it ended, or the reply is
   * about another document).
   */
  deliver(reply: FanoutReply): boolean {
    const wait = this.#waits.get(reply.requestId)
    if (wait === undefined || wait.documentId !== reply.documentId) return false
    wait.accept(reply)
    return true
  }

  /** Ends every wait, whatever arrived. */
  settleAll(): void {
    for (const wait of [...this.#waits.values()]) wait.settle()
  }
}
