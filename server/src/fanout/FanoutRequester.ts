import type { DocumentId } from '@maillage/protocol'
import type { FanoutReply, FanoutRequest } from './FanoutEnvelope.ts'
import type { FanoutPublisher } from './FanoutPublisher.ts'
import type { RedisPubSub } from './RedisPubSub.ts'
import type { SyncRequests } from './SyncRequests.ts'

/** What {@link FanoutRequester} needs. */
export interface FanoutRequesterOptions {
  readonly pubSub: RedisPubSub
  readonly publisher: FanoutPublisher
  readonly requests: SyncRequests
}

/**
 * Publishes the requests of this process (sync, presence, delete) and waits for one reply from
 * each process that received them, bounded in time by its {@link SyncRequests}.
 */
export class FanoutRequester {
  readonly #pubSub: RedisPubSub
  readonly #publisher: FanoutPublisher
  readonly #requests: SyncRequests
  #closed = false

  constructor(options: FanoutRequesterOptions) {
    this.#pubSub = options.pubSub
    this.#publisher = options.publisher
    this.#requests = options.requests
  }

  /**
   * Publishes the request `make` builds on `channel`, then waits for a reply from each process
   * that received it (PUBLISH counts them), at most the requests' timeout. Resolves at once once
   * closed, or if Redis is unreachable (the publisher logs it); never rejects.
   */
  async ask(
    channel: string,
    documentId: DocumentId,
    make: (requestId: number) => FanoutRequest,
    onReply: (reply: FanoutReply) => void,
  ): Promise<void> {
    if (this.#closed) return
    // Opened before publishing: replies may arrive before the answer to PUBLISH.
    const { requestId, wait, settled } = this.#requests.open(documentId, onReply)
    const receivers = await this.#publisher.publish(channel, make(requestId))
    // This process hears its own request on a channel it listens to, and ignores it.
    const others = (receivers ?? 0) - (this.#pubSub.isSubscribed(channel) ? 1 : 0)
    wait.expect(Math.max(others, 0))
    return settled
  }

  /** Hands a reply to the request waiting for it; false when none does. */
  deliver(reply: FanoutReply): boolean {
    return this.#requests.deliver(reply)
  }

  /** Ends every wait, whatever arrived, and asks nothing more. */
  close(): void {
    this.#closed = true
    this.#requests.settleAll()
  }
}
