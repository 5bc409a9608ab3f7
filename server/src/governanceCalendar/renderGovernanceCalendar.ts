import type { GovernanceCalendarEntryView } from '@maillage/protocol'

/** Name of the governance's calendar (`X-WR-CALNAME`). */
export const GOVERNANCE_CALENDAR_NAME = 'Calendrier de la gouvernance — Maillage'

/** How often calendar applications should fetch the feed again, in seconds. */
const FEED_REFRESH_SECONDS = 60 * 60

const DAY_MS = 24 * 60 * 60 * 1000

/** The UID of an entry: ateliers keep the programme feed's, so one atelier is one event. */
function uidOf(entry: GovernanceCalendarEntryView): string {
  return entry.kind === 'atelier' ? `${entry.id}@maillage` : `${entry.kind}-${entry.id}@maillage`
}

function descriptionOf(entry: GovernanceCalendarEntryView, pageUrl: string | undefined): string {
  return [
    entry.instanceName === undefined ? '' : `Instance : ${entry.instanceName}`,
    entry.description ?? '',
    pageUrl === undefined ? '' : `Page dans Maillage : ${pageUrl}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n')
}

/**
 * An iCalendar (RFC 5545) file of the governance's calendar: séances and ateliers as timed events
 * (UTC instants), milestones as all-day events (their end day included). `origin` makes the pages'
 * absolute addresses; `name` (a subscribed feed) becomes `X-WR-CALNAME` with an hourly refresh.
 */
export async function renderGovernanceCalendar(
  entries: readonly GovernanceCalendarEntryView[],
  options: { readonly stamp: Date; readonly origin: string; readonly name?: string },
): Promise<string> {
  // ical-generator is loaded at the first calendar asked for, not with the server: most
  // processes never serve one, and its modules stay resident once loaded.
  const { default: ical, ICalCalendarMethod } = await import('ical-generator')
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Gouvernance', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    ...(options.name === undefined ? {} : { name: options.name, ttl: FEED_REFRESH_SECONDS }),
  })
  for (const entry of entries) {
    const pageUrl = entry.path === undefined ? undefined : `${options.origin}${entry.path}`
    const lastDay = entry.endsAt ?? entry.startsAt
    calendar.createEvent({
      id: uidOf(entry),
      start: entry.allDay ? new Date(`${entry.startsAt}T00:00:00Z`) : new Date(entry.startsAt),
      end: entry.allDay ? new Date(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS) : new Date(lastDay),
      allDay: entry.allDay,
      stamp: options.stamp,
      summary: entry.title,
      description: descriptionOf(entry, pageUrl),
      ...(pageUrl === undefined ? {} : { url: pageUrl }),
      ...(entry.place === undefined ? {} : { location: entry.place }),
    })
  }
  return calendar.toString()
}
