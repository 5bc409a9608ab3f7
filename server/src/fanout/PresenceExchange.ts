import type { DocumentId } from '@maillage/protocol'
import type { Room } from '../sync/Room.ts'
import { documentChannel, processChannel } from './fanoutChannels.ts'
import type { PresenceRequestEnvelope } from './FanoutEnvelope.ts'
import type { FanoutPublisher } from './FanoutPublisher.ts'
import type { FanoutRequester } from './FanoutRequester.ts'

/** What {@link PresenceExchange} needs. */
export interface PresenceExchangeOptions {
  readonly processId: string
  readonly requester: FanoutRequester
  readonly publisher: FanoutPublisher
}

/**
 * The presence exchange between processes: which accounts are connected to a document through
 * the other processes holding it, and this process's answer to the same question.
 */
export class PresenceExchange {
  readonly #processId: string
  readonly #requester: FanoutRequester
  readonly #publisher: FanoutPublisher

  constructor(options: PresenceExchangeOptions) {
    this.#processId = options.processId
    this.#requester = options.requester
    this.#publisher = options.publisher
  }

  /**
   * The ids of the accounts connected to `documentId` through the other processes holding it;
   * settles as {@link FanoutRequester.ask} does (empty if Redis is unreachable).
   */
  async askElsewhere(documentId: DocumentId): Promise<Set<string>> {
    const accountIds = new Set<string>()
    await this.#requester.ask(
      documentChannel(documentId),
      documentId,
      (requestId) => ({ type: 'presence-request', sender: this.#processId, documentId, requestId }),
      (reply) => {
        if (reply.type !== 'presence-reply') return
        for (const accountId of reply.accountIds) accountIds.add(accountId)
      },
    )
    return accountIds
  }

  /** Replies to a presence request with the accounts connected to `room` here (none if absent). */
  answer(request: PresenceRequestEnvelope, room: Room | undefined): void {
    void this.#publisher.publish(processChannel(request.sender), {
      type: 'presence-reply',
      sender: this.#processId,
      documentId: request.documentId,
      requestId: request.requestId,
      accountIds: connectedAccounts(room),
    })
  }
}

/** The ids of the accounts connected to `room`, each once; principals without one left out. */
function connectedAccounts(room: Room | undefined): string[] {
  const ids = new Set([...(room?.connections ?? [])].map((connection) => connection.principal.id))
  ids.delete('')
  return [...ids]
}
