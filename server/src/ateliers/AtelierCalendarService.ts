import { randomUUID } from 'node:crypto'
import type { CalendarFeedStatusView, CalendarFeedView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { canSeeVisioLink } from '../auth/atelierAccess.ts'
import { generateSecret, hashSecret } from '../auth/secrets.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { CalendarFeed } from '../persistence/records/CalendarFeed.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import {
  PROGRAMME_CALENDAR_NAME,
  renderAtelierCalendar,
  type AtelierEvent,
} from './atelierCalendar.ts'
import type { AtelierService, ReadAtelier } from './AtelierService.ts'
import { atelierPath } from './loadAtelier.ts'

/** Path of a calendar feed, under the server's origin; the token is the only credential. */
export function calendarFeedPath(token: string): string {
  return `/api/calendrier/${token}.ics`
}

/**
 * Calendars of the programme: the `.ics` file of one atelier, and each person's subscription
 * address to the whole programme. A subscription is a secret token in the URL (calendar
 * applications send no cookie), shown once and stored hashed like access tokens; a new one
 * revokes the previous one. The feed shows what its owner may see now: readable ateliers, the
 * visio link only where they hold a seat or facilitate.
 */
export class AtelierCalendarService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #ateliers: AtelierService
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    sessions: SessionManager
    ateliers: AtelierService
    timers: Timers
  }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#ateliers = options.ateliers
    this.#timers = options.timers
  }

  /** The `.ics` of ateliers as `actor` sees them; `name` for the programme's feed. */
  async render(
    actor: Actor,
    ateliers: readonly ReadAtelier[],
    options: { readonly origin: string; readonly name?: string },
  ): Promise<string> {
    const seats = await this.#store.ateliers.listRegistrationsOf(actor.account.id)
    const events = ateliers.map(({ record, details, visioLink, revisedAt }): AtelierEvent => {
      const registration = seats.find((entry) => entry.atelierId === record.id) ?? null
      return {
        id: record.id,
        details,
        revisedAt,
        pageUrl: `${options.origin}${atelierPath(record.id)}`,
        visioLink: canSeeVisioLink(actor, record, registration) ? visioLink : '',
      }
    })
    return renderAtelierCalendar(events, {
      stamp: new Date(this.#timers.now()),
      ...(options.name === undefined ? {} : { name: options.name }),
    })
  }

  /** Whether `actor` has a live subscription address. */
  async status(actor: Actor): Promise<CalendarFeedStatusView> {
    const live = await this.#liveFeedsOf(actor.account.id)
    const latest = live.at(-1)
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
    }
    await this.#store.ateliers.createCalendarFeed(feed)
    return { url: `${origin}${calendarFeedPath(token)}`, createdAt: feed.createdAt }
  }

  /** Revokes `actor`'s subscription addresses (none: nothing to do). */
  async revoke(actor: Actor): Promise<void> {
    const now = isoTime(this.#timers)
    for (const feed of await this.#liveFeedsOf(actor.account.id)) {
      await this.#store.ateliers.updateCalendarFeed(feed.id, { revokedAt: now })
    }
  }

  /**
   * The programme's calendar for the owner of `token`, or null for an unknown or revoked token
   * (or an account that no longer exists).
   */
  async feed(token: string, origin: string): Promise<string | null> {
    const feed = await this.#store.ateliers.findCalendarFeedByHash(hashSecret(token))
    if (feed === null || feed.revokedAt !== undefined) return null
    const account = await this.#store.findAccountById(feed.accountId)
    if (account === null) return null
    const actor = await this.#sessions.actorFor(account, 'token')
    const ateliers = await this.#ateliers.readable(actor)
    return this.render(actor, ateliers, { origin, name: PROGRAMME_CALENDAR_NAME })
  }

  async #liveFeedsOf(accountId: string): Promise<CalendarFeed[]> {
    const feeds = await this.#store.ateliers.listCalendarFeedsOf(accountId)
    return feeds.filter((feed) => feed.revokedAt === undefined)
  }
}
