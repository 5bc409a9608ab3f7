import type {
  CalendarFeedStatusView,
  CalendarFeedView,
  GovernanceCalendarEntryView,
  GovernanceCalendarView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import { CalendarSubscriptions } from '../calendarFeeds/CalendarSubscriptions.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { CalendarFeedScope } from '../persistence/records/CalendarFeed.ts'
import type { GovernanceMilestone } from '../persistence/records/GovernanceMilestone.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { CalendarAteliers, CalendarInstances, CalendarMeetings } from './calendarPorts.ts'
import {
  resolveCalendarWindow,
  type CalendarWindow,
  type CalendarWindowQuery,
} from './calendarWindow.ts'
import { parisDay } from './parisDay.ts'
import { GOVERNANCE_CALENDAR_NAME, renderGovernanceCalendar } from './renderGovernanceCalendar.ts'

/** Path of a governance calendar feed, under the server's origin; the token is the credential. */
export function governanceFeedPath(token: string): string {
  return `/api/gouvernance/calendrier/abonnement/${token}.ics`
}

/** How far back and ahead the `.ics` files reach, in days: the past year and the next two. */
const ICS_DAYS_BEFORE = 366
const ICS_DAYS_AFTER = 2 * 366
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The governance's calendar: the séances of the instances one may read, the milestones (validation
 * deadlines, presentations: every signed-in member reads them) and the programme's ateliers one
 * may read, in one list by date; as an `.ics` file, and as a feed at each person's secret address
 * (`CalendarSubscriptions`, scope `gouvernance`) which shows what its owner may read when fetched.
 */
export class GovernanceCalendarService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #timers: Timers
  readonly #meetings: CalendarMeetings
  readonly #ateliers: CalendarAteliers
  readonly #instances: CalendarInstances
  readonly #subscriptions: CalendarSubscriptions

  constructor(options: {
    store: MetadataStore
    sessions: SessionManager
    timers: Timers
    meetings: CalendarMeetings
    ateliers: CalendarAteliers
    instances: CalendarInstances
  }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#timers = options.timers
    this.#meetings = options.meetings
    this.#ateliers = options.ateliers
    this.#instances = options.instances
    this.#subscriptions = new CalendarSubscriptions({
      store: options.store,
      timers: options.timers,
      scope: CalendarFeedScope.Gouvernance,
      path: governanceFeedPath,
    })
  }

  /** The entries `actor` may see within the window asked (default: twelve months from now). */
  async list(actor: Actor, query: CalendarWindowQuery): Promise<GovernanceCalendarView> {
    const window = resolveCalendarWindow(query, isoTime(this.#timers).slice(0, 10))
    return { ...window, entries: await this.#entries(actor, window) }
  }

  /** The `.ics` of what `actor` may see, from a year ago to two years ahead. */
  async ics(actor: Actor, origin: string, name?: string): Promise<string> {
    const now = this.#timers.now()
    const window = {
      from: new Date(now - ICS_DAYS_BEFORE * DAY_MS).toISOString().slice(0, 10),
      to: new Date(now + ICS_DAYS_AFTER * DAY_MS).toISOString().slice(0, 10),
    }
    return renderGovernanceCalendar(await this.#entries(actor, window), {
      stamp: new Date(now),
      origin,
      ...(name === undefined ? {} : { name }),
    })
  }

  status(actor: Actor): Promise<CalendarFeedStatusView> {
    return this.#subscriptions.status(actor)
  }

  create(actor: Actor, origin: string): Promise<CalendarFeedView> {
    return this.#subscriptions.create(actor, origin)
  }

  revoke(actor: Actor): Promise<void> {
    return this.#subscriptions.revoke(actor)
  }

  /** The feed of the owner of `token`, or null for an unknown or revoked token. */
  async feed(token: string, origin: string): Promise<string | null> {
    const account = await this.#subscriptions.ownerOf(token)
    if (account === null) return null
    const actor = await this.#sessions.actorFor(account, 'token')
    return this.ics(actor, origin, GOVERNANCE_CALENDAR_NAME)
  }

  async #entries(actor: Actor, window: CalendarWindow): Promise<GovernanceCalendarEntryView[]> {
    const [meetings, milestones, ateliers, instances] = await Promise.all([
      this.#meetings.listMeetings(actor, window),
      this.#store.decisions.listMilestones(),
      this.#ateliers.readable(actor),
      this.#instances.listAllInstances(),
    ])
    const names = new Map(instances.map((instance) => [instance.id, instance.name]))
    const entries: GovernanceCalendarEntryView[] = [
      ...meetings.map((meeting): GovernanceCalendarEntryView => ({
        kind: 'seance',
        id: meeting.id,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        allDay: false,
        instanceName: meeting.instanceName,
        ...(meeting.place === undefined ? {} : { place: meeting.place }),
        path: meeting.path,
      })),
      ...milestones
        .filter((milestone) => overlaps(milestone, window))
        .map((milestone) => milestoneEntry(milestone, names.get(milestone.instanceId ?? ''))),
      ...ateliers.flatMap(({ record, details }): GovernanceCalendarEntryView[] => {
        const { startsAt, endsAt } = details
        if (startsAt === undefined || endsAt === undefined) return []
        const day = parisDay(startsAt)
        if (day < window.from || day > window.to) return []
        return [
          {
            kind: 'atelier',
            id: record.id,
            title: details.title,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            allDay: false,
            ...(details.presentation === '' ? {} : { description: details.presentation }),
            path: `/ateliers/${record.id}`,
          },
        ]
      }),
    ]
    return entries.sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
  }
}

function overlaps(milestone: GovernanceMilestone, window: CalendarWindow): boolean {
  return milestone.date <= window.to && (milestone.endDate ?? milestone.date) >= window.from
}

function milestoneEntry(
  milestone: GovernanceMilestone,
  instanceName: string | undefined,
): GovernanceCalendarEntryView {
  return {
    kind: 'jalon',
    id: milestone.id,
    title: milestone.title,
    startsAt: milestone.date,
    ...(milestone.endDate === undefined ? {} : { endsAt: milestone.endDate }),
    allDay: true,
    ...(instanceName === undefined ? {} : { instanceName }),
    ...(milestone.description === '' ? {} : { description: milestone.description }),
  }
}

/** Orders by day first (a milestone before the séances of its day), then by time. */
function sortKey(entry: GovernanceCalendarEntryView): string {
  return entry.allDay ? `${entry.startsAt}T00:00:00.000Z!` : entry.startsAt
}
