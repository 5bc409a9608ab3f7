import { atelierFacts } from './atelierFacts.ts'
import type { AtelierDetails } from './atelierDetails.ts'

/** Name of the calendar of the whole programme (`X-WR-CALNAME`). */
export const PROGRAMME_CALENDAR_NAME = 'Programme des ateliers — Maillage'

/** How often calendar applications should fetch the programme's feed again, in seconds. */
const FEED_REFRESH_SECONDS = 60 * 60

/** Origin of the events' SEQUENCE: 2026-01-01T00:00:00Z, before any atelier of the programme. */
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1)

/**
 * The SEQUENCE of an atelier's event (RFC 5545 §3.8.7.4): the seconds from 2026-01-01 to its last
 * change, `revisedAt` (0 before). Any later change of its date, time or duration, saved into its
 * document, makes it higher, so calendar applications replace the copy they have; other edits
 * (its presentation, the notes) raise it too, which the RFC allows. Kept under 2^31 until 2094.
 */
export function eventSequence(revisedAt: Date): number {
  return Math.max(0, Math.floor((revisedAt.getTime() - SEQUENCE_EPOCH_MS) / 1000))
}

/** One atelier as a calendar event. */
export interface AtelierEvent {
  /** The atelier's document id: the event's UID is `<id>@maillage`. */
  readonly id: string
  readonly details: AtelierDetails
  /** When the atelier last changed: its LAST-MODIFIED, and what its SEQUENCE derives from. */
  readonly revisedAt: Date
  /** Absolute address of the atelier's page in the web app. */
  readonly pageUrl: string
  /**
   * The visio link, for a person who may see it (a seat holder or a facilitator); '' for anyone
   * else, and while not set.
   */
  readonly visioLink: string
}

function descriptionOf(event: AtelierEvent): string {
  const { details } = event
  return [
    atelierFacts(details).join('\n'),
    details.presentation,
    `Page de l’atelier : ${event.pageUrl}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n')
}

/**
 * An iCalendar (RFC 5545) file of `events`: one VEVENT per atelier that has a date and a time
 * (others are left out), with start and end as UTC instants, the title as SUMMARY, the facts,
 * presentation and page address as DESCRIPTION, the page as URL, and the event's visio link (given
 * only to those who may see it) as LOCATION, its last change as LAST-MODIFIED and SEQUENCE (see
 * {@link eventSequence}). `name` becomes `X-WR-CALNAME` (the programme's feed), and asks for an
 * hourly refresh. `stamp` is the DTSTAMP of every event (now).
 */
export async function renderAtelierCalendar(
  events: readonly AtelierEvent[],
  options: { readonly stamp: Date; readonly name?: string },
): Promise<string> {
  // ical-generator is loaded at the first calendar asked for, not with the server: most
  // processes never serve one, and its modules stay resident once loaded.
  const { default: ical, ICalCalendarMethod } = await import('ical-generator')
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Ateliers', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    // A subscribed feed tells calendar applications to refresh it hourly.
    ...(options.name === undefined ? {} : { name: options.name, ttl: FEED_REFRESH_SECONDS }),
  })
  for (const event of events) {
    const { startsAt, endsAt } = event.details
    if (startsAt === undefined || endsAt === undefined) continue
    calendar.createEvent({
      id: `${event.id}@maillage`,
      start: startsAt,
      end: endsAt,
      stamp: options.stamp,
      lastModified: event.revisedAt,
      sequence: eventSequence(event.revisedAt),
      summary: event.details.title,
      description: descriptionOf(event),
      url: event.pageUrl,
      ...(event.visioLink === '' ? {} : { location: event.visioLink }),
    })
  }
  return calendar.toString()
}
