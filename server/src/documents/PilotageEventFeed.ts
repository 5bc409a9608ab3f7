import { isDocumentId } from '@maillage/protocol'
import { isSpaceId } from '@maillage/schema'
import type { Logger } from 'pino'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { canSeeFullPilotageOf } from '../auth/pilotageAccess.ts'
import type { IndexEvent, IndexEvents } from '../coordination/IndexEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'

/** Streams of index events one account may hold open at once in one process. */
export const MAX_EVENT_STREAMS_PER_ACCOUNT = 3

/** An open subscription of one person to the index events they may see. */
export interface EventSubscription {
  /** Stops delivering and frees the account's slot. Safe to call twice. */
  close(): void
}

/**
 * The index events the open dashboards follow (`GET /api/pilotage/evenements`), each delivered
 * only to whoever may see it: every event of a space whose full pilotage the person sees
 * (`canSeeFullPilotageOf`: its members and the region), and of other spaces the `document` events
 * of documents the person may read (shared with all territories). At most
 * {@link MAX_EVENT_STREAMS_PER_ACCOUNT} subscriptions per account in this process.
 */
export class PilotageEventFeed {
  readonly #events: IndexEvents
  readonly #store: MetadataStore
  readonly #logger: Logger
  readonly #openPerAccount = new Map<string, number>()

  constructor(options: { events: IndexEvents; store: MetadataStore; logger: Logger }) {
    this.#events = options.events
    this.#store = options.store
    this.#logger = options.logger
  }

  /**
   * Calls `deliver` with every event `actor` may see from now on, until the subscription is
   * closed. Throws `RATE_LIMITED` when the account holds {@link MAX_EVENT_STREAMS_PER_ACCOUNT}
   * already.
   */
  subscribe(actor: Actor, deliver: (event: IndexEvent) => void): EventSubscription {
    const accountId = actor.account.id
    const open = this.#openPerAccount.get(accountId) ?? 0
    if (open >= MAX_EVENT_STREAMS_PER_ACCOUNT) {
      throw new AppError(
        ErrorCode.RateLimited,
        `Le suivi en direct des tableaux de bord est déjà ouvert dans ${MAX_EVENT_STREAMS_PER_ACCOUNT} onglets : fermez-en un, puis rechargez cette page.`,
        { retryAfterSeconds: 30 },
      )
    }
    this.#openPerAccount.set(accountId, open + 1)
    let closed = false
    const unsubscribe = this.#events.subscribe((event) => {
      this.#visibleTo(actor, event)
        .then((visible) => {
          if (visible && !closed) deliver(event)
        })
        .catch((error: unknown) => {
          this.#logger.error({ err: error, event, accountId }, 'could not deliver an index event')
        })
    })
    return {
      close: () => {
        if (closed) return
        closed = true
        unsubscribe()
        const left = (this.#openPerAccount.get(accountId) ?? 1) - 1
        if (left <= 0) this.#openPerAccount.delete(accountId)
        else this.#openPerAccount.set(accountId, left)
      },
    }
  }

  async #visibleTo(actor: Actor, event: IndexEvent): Promise<boolean> {
    if (!isSpaceId(event.spaceId)) return false
    if (canSeeFullPilotageOf(actor, event.spaceId)) return true
    if (event.topic !== 'document' || event.documentId === null) return false
    if (!isDocumentId(event.documentId)) return false
    const record = await this.#store.findDocument(event.documentId)
    return record !== null && documentAccess(actor, record) !== null
  }
}
