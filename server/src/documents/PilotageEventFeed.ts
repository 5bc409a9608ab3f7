import { isDocumentId } from '@maillage/protocol'
import { isSpaceId } from '@maillage/schema'
import type { Logger } from 'pino'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { canSeeFullPilotageOf } from '../auth/pilotageAccess.ts'
import type { AccessChange, AccessEvents } from '../coordination/AccessEvents.ts'
import type { IndexEvent, IndexEvents } from '../coordination/IndexEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { DeadlineQueue } from '../time/DeadlineQueue.ts'
import type { Timers } from '../time/Timers.ts'

/** Streams of index events one account may hold open at once in one process. */
export const MAX_EVENT_STREAMS_PER_ACCOUNT = 3

/** An open subscription of one person to the index events they may see. */
export interface EventSubscription {
  /** Stops delivering and frees the account's slot. Safe to call twice. */
  close(): void
}

/** Who follows the events, and what to do with them. */
export interface EventSubscriber {
  readonly actor: Actor
  /** The hash of the session the stream was opened with, if a session (else an access token). */
  readonly sessionTokenHash: string | null
  /** When that session expires (epoch milliseconds): the stream ends then. Null for a token. */
  readonly expiresAt: number | null
  /** Called with every event the person may see. */
  readonly deliver: (event: IndexEvent) => void
  /**
   * Called once when the person's access changed (roles, sign-out, a token revoked) or their
   * session expired: the stream must end, and the client reconnects with its access as it is now.
   */
  readonly end: () => void
}

/**
 * The index events the open dashboards follow (`GET /api/pilotage/evenements`), each delivered
 * only to whoever may see it: every event of a space whose full pilotage the person sees
 * (`canSeeFullPilotageOf`: its members and the region), and of other spaces the `document` events
 * of documents the person may read (shared with all territories). At most
 * {@link MAX_EVENT_STREAMS_PER_ACCOUNT} subscriptions per account in this process. The roles are
 * those of the stream's opening: a change of the account's access, or the end of its session,
 * ends its subscriptions (`AccessEvents`), and so does the expiry of that session.
 */
export class PilotageEventFeed {
  readonly #events: IndexEvents
  readonly #accessEvents: AccessEvents
  readonly #store: MetadataStore
  readonly #logger: Logger
  readonly #openPerAccount = new Map<string, number>()
  readonly #expiries: DeadlineQueue<EventSubscriber>

  constructor(options: {
    events: IndexEvents
    accessEvents: AccessEvents
    store: MetadataStore
    logger: Logger
    timers: Timers
  }) {
    this.#events = options.events
    this.#accessEvents = options.accessEvents
    this.#store = options.store
    this.#logger = options.logger
    this.#expiries = new DeadlineQueue({
      timers: options.timers,
      onDue: (subscribers) => {
        for (const subscriber of subscribers) subscriber.end()
      },
    })
  }

  /**
   * Calls `subscriber.deliver` with every event its actor may see from now on, until the
   * subscription is closed, and `subscriber.end` if the actor's access changes meanwhile. Throws
   * `RATE_LIMITED` when the account holds {@link MAX_EVENT_STREAMS_PER_ACCOUNT} already.
   */
  subscribe(subscriber: EventSubscriber): EventSubscription {
    const { actor, deliver } = subscriber
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
    const stopHearing = this.#events.subscribe((event) => {
      this.#visibleTo(actor, event)
        .then((visible) => {
          if (visible && !closed) deliver(event)
        })
        .catch((error: unknown) => {
          this.#logger.error({ err: error, event, accountId }, 'could not deliver an index event')
        })
    })
    const stopWatching = this.#accessEvents.subscribe((change) => {
      if (!closed && concerns(change, subscriber)) subscriber.end()
    })
    if (subscriber.expiresAt !== null) this.#expiries.add(subscriber, subscriber.expiresAt)
    return {
      close: () => {
        if (closed) return
        closed = true
        stopHearing()
        stopWatching()
        this.#expiries.delete(subscriber)
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

function concerns(change: AccessChange, subscriber: EventSubscriber): boolean {
  switch (change.kind) {
    case 'account':
      return change.accountId === subscriber.actor.account.id
    case 'session':
      return change.sessionTokenHash === subscriber.sessionTokenHash
    case 'document':
      // Per event, documents are checked against their record as it is then.
      return false
    default: {
      const unknown: never = change
      return unknown
    }
  }
}
