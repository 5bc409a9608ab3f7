import type { DocumentId } from '@maillage/protocol'
import type { FanoutReply } from './FanoutEnvelope.ts'

/**
 * The replies one sync request waits for. Redis says how many processes received the request
 * (PUBLISH answers with a count), so the wait ends as soon as each of them answered; its owner
 * bounds it in time for a process that received the request but never answers.
 */
export class SyncWait {
  readonly documentId: DocumentId
  readonly #onReply: (reply: FanoutReply) => void
  readonly #onSettled: () => void
  #received = 0
  #expected: number | null = null
  #settled = false

  constructor(
    documentId: DocumentId,
    onReply: (reply: FanoutReply) => void,
    onSettled: () => void,
  ) {
    this.documentId = documentId
    this.#onReply = onReply
    this.#onSettled = onSettled
  }

  /** Whether every expected reply arrived or the wait was ended. */
  get isSettled(): boolean {
    return this.#settled
  }

  /**
   * Hands a reply over and counts it. Replies may arrive before {@link expect} is called (they
   * race the answer to PUBLISH on another connection).
   */
  accept(reply: FanoutReply): void {
    if (this.#settled) return
    this.#received++
    try {
      this.#onReply(reply)
    } finally {
      this.#settleIfComplete()
    }
  }

  /** Sets how many replies to wait for. */
  expect(count: number): void {
    this.#expected = count
    this.#settleIfComplete()
  }

  /** Ends the wait, whatever arrived. Safe to call twice. */
  settle(): void {
    if (this.#settled) return
    this.#settled = true
    this.#onSettled()
  }

  #settleIfComplete(): void {
    if (this.#expected !== null && this.#received >= this.#expected) this.settle()
  }
}
