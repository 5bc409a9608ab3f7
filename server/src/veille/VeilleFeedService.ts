import { randomUUID } from 'node:crypto'
import type { VeilleFeedStatusView, VeilleFeedView } from '@maillage/protocol'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { Actor } from '../auth/Actor.ts'
import { generateSecret, hashSecret } from '../auth/secrets.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { VeilleStatus } from '../persistence/records/VeilleItem.ts'
import type { VeilleFeed } from '../persistence/records/VeilleFeed.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { VeilleFilters } from './filterVeilleItems.ts'
import { renderVeilleFeed, type VeilleFeedFormat } from './renderVeilleFeed.ts'
import type { VeilleService } from './VeilleService.ts'

/** Entries a feed holds at most: the newest published items. */
export const VEILLE_FEED_MAX_ENTRIES = 100
/** Feed addresses one account may create within an hour (each one is a stored record). */
export const VEILLE_FEED_CREATIONS_PER_HOUR = 20

/** Path of the veille's feed in `format`; the token, when given, is the only credential. */
export function veilleFeedPath(format: VeilleFeedFormat, token?: string): string {
  const path = `/api/veille/flux.${format}`
  return token === undefined ? path : `${path}?jeton=${encodeURIComponent(token)}`
}

/**
 * The veille's Atom and RSS feeds of published items. Feed readers send no cookie, so — like the
 * ateliers' calendar — each person may create a secret address (a token in the URL, shown once,
 * stored hashed, revocable; a new one revokes the previous one). The feed reads as its owner
 * would now: a deleted account or a revoked address gets nothing.
 */
export class VeilleFeedService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #veille: VeilleService
  readonly #timers: Timers
  readonly #creations: AccountRateLimit

  constructor(options: {
    store: MetadataStore
    sessions: SessionManager
    veille: VeilleService
    timers: Timers
    /** The rate of addresses one account creates. */
    creations: AccountRateLimit
  }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#veille = options.veille
    this.#timers = options.timers
    this.#creations = options.creations
  }

  /** Whether `actor` has a live feed address. */
  async status(actor: Actor): Promise<VeilleFeedStatusView> {
    const latest = (await this.#liveFeedsOf(actor.account.id)).at(-1)
    return latest === undefined ? { active: false } : { active: true, createdAt: latest.createdAt }
  }

  /** Creates `actor`'s feed addresses under `origin`, revoking any previous one. */
  async create(actor: Actor, origin: string): Promise<VeilleFeedView> {
    await this.#creations.admit(actor.account.id)
    await this.revoke(actor)
    const token = generateSecret()
    const feed: VeilleFeed = {
      id: randomUUID(),
      accountId: actor.account.id,
      tokenHash: hashSecret(token),
      createdAt: isoTime(this.#timers),
    }
    await this.#store.veille.createFeed(feed)
    return {
      atomUrl: `${origin}${veilleFeedPath('atom', token)}`,
      rssUrl: `${origin}${veilleFeedPath('rss', token)}`,
      createdAt: feed.createdAt,
    }
  }

  /** Revokes `actor`'s feed addresses (none: nothing to do). */
  async revoke(actor: Actor): Promise<void> {
    const now = isoTime(this.#timers)
    for (const feed of await this.#liveFeedsOf(actor.account.id)) {
      await this.#store.veille.updateFeed(feed.id, { revokedAt: now })
    }
  }

  /** The owner of a live `token`, or null (unknown, revoked, account gone). */
  async actorOf(token: string): Promise<Actor | null> {
    const feed = await this.#store.veille.findFeedByHash(hashSecret(token))
    if (feed === null || feed.revokedAt !== undefined) return null
    const account = await this.#store.findAccountById(feed.accountId)
    // A deleted account is kept as a tombstone: its addresses read nothing any more.
    if (account === null || account.deletedAt !== undefined) return null
    return this.#sessions.actorFor(account, 'token')
  }

  /** The feed of published items matching `filters`, as `actor` reads them. */
  async render(
    actor: Actor,
    request: { format: VeilleFeedFormat; filters: VeilleFilters; origin: string },
  ): Promise<string> {
    const items = await this.#veille.listItems(actor, {
      ...request.filters,
      status: VeilleStatus.Publie,
    })
    return renderVeilleFeed(items.slice(0, VEILLE_FEED_MAX_ENTRIES), {
      format: request.format,
      origin: request.origin,
      selfUrl: `${request.origin}${veilleFeedPath(request.format)}`,
      now: new Date(this.#timers.now()),
    })
  }

  async #liveFeedsOf(accountId: string): Promise<VeilleFeed[]> {
    const feeds = await this.#store.veille.listFeedsOf(accountId)
    return feeds.filter((feed) => feed.revokedAt === undefined)
  }
}
