import { randomUUID } from 'node:crypto'
import type { CalendarFeedStatusView, CalendarFeedView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { generateSecret, hashSecret } from '../auth/secrets.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import { CalendarFeedScope, type CalendarFeed } from '../persistence/records/CalendarFeed.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'

/**
 * Each person's secret subscription address to one calendar (`scope`): a token in the URL
 * (calendar applications send no cookie), shown once and stored hashed like access tokens; a new
 * one revokes the previous one of the same scope. The calendars (ateliers, governance) render
 * their feed for the owner this finds.
 */
export class CalendarSubscriptions {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #scope: CalendarFeedScope
  readonly #path: (token: string) => string

  constructor(options: {
    store: MetadataStore
    timers: Timers
    scope: CalendarFeedScope
    /** Path of the feed of `token`, under the server's origin. */
    path: (token: string) => string
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#scope = options.scope
    this.#path = options.path
  }

  /** Whether `actor` has a live subscription address. */
  async status(actor: Actor): Promise<CalendarFeedStatusView> {
    const latest = (await this.#liveFeedsOf(actor.account.id)).at(-1)
    return latest === undefined ? { active: false } : { active: true, createdAt: latest.createdAt }
  }

  /** Creates `actor`'s subscription address under `origin`, revoking any previous one. */
  async create(actor: Actor, origin: string): Promise<CalendarFeedView> {
    await this.revoke(actor)
    const token = generateSecret()
    const feed: CalendarFeed = {
      id: randomUUID(),
      accountId: actor.account.id,
      tokenHash: hashSecret(token),
      createdAt: isoTime(this.#timers),
      // The programme's addresses keep their original shape (no scope).
      ...(this.#scope === CalendarFeedScope.Ateliers ? {} : { scope: this.#scope }),
    }
    await this.#store.ateliers.createCalendarFeed(feed)
    return { url: `${origin}${this.#path(token)}`, createdAt: feed.createdAt }
  }

  /** Revokes `actor`'s subscription addresses of this scope (none: nothing to do). */
  async revoke(actor: Actor): Promise<void> {
    const now = isoTime(this.#timers)
    for (const feed of await this.#liveFeedsOf(actor.account.id)) {
      await this.#store.ateliers.updateCalendarFeed(feed.id, { revokedAt: now })
    }
  }

  /**
   * The account whose live address of this scope `token` is, or null for an unknown, revoked or
   * other calendar's token (or an account that no longer exists).
   */
  async ownerOf(token: string): Promise<Account | null> {
    const feed = await this.#store.ateliers.findCalendarFeedByHash(hashSecret(token))
    if (feed === null || feed.revokedAt !== undefined || scopeOf(feed) !== this.#scope) return null
    return this.#store.findAccountById(feed.accountId)
  }

  async #liveFeedsOf(accountId: string): Promise<CalendarFeed[]> {
    const feeds = await this.#store.ateliers.listCalendarFeedsOf(accountId)
    return feeds.filter((feed) => feed.revokedAt === undefined && scopeOf(feed) === this.#scope)
  }
}

function scopeOf(feed: CalendarFeed): CalendarFeedScope {
  return feed.scope ?? CalendarFeedScope.Ateliers
}
