import type { CalendarFeedStatusView, CalendarFeedView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { canSeeVisioLink } from '../auth/atelierAccess.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import { CalendarSubscriptions } from '../calendarFeeds/CalendarSubscriptions.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { CalendarFeedScope } from '../persistence/records/CalendarFeed.ts'
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
 * address to the whole programme (`CalendarSubscriptions`, scope `ateliers`). The feed shows what
 * its owner may see now: readable ateliers, the visio link only where they hold a seat or
 * facilitate.
 */
export class AtelierCalendarService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #ateliers: AtelierService
  readonly #timers: Timers
  readonly #subscriptions: CalendarSubscriptions

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
    this.#subscriptions = new CalendarSubscriptions({
      store: options.store,
      timers: options.timers,
      scope: CalendarFeedScope.Ateliers,
      path: calendarFeedPath,
    })
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
  status(actor: Actor): Promise<CalendarFeedStatusView> {
    return this.#subscriptions.status(actor)
  }

  /** Creates `actor`'s subscription address under `origin`, revoking any previous one. */
  create(actor: Actor, origin: string): Promise<CalendarFeedView> {
    return this.#subscriptions.create(actor, origin)
  }

  /** Revokes `actor`'s subscription addresses (none: nothing to do). */
  revoke(actor: Actor): Promise<void> {
    return this.#subscriptions.revoke(actor)
  }

  /**
   * The programme's calendar for the owner of `token`, or null for an unknown or revoked token
   * (or an account that no longer exists).
   */
  async feed(token: string, origin: string): Promise<string | null> {
    const account = await this.#subscriptions.ownerOf(token)
    if (account === null) return null
    const actor = await this.#sessions.actorFor(account, 'token')
    const ateliers = await this.#ateliers.readable(actor)
    return this.render(actor, ateliers, { origin, name: PROGRAMME_CALENDAR_NAME })
  }
}
