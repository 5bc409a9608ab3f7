import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import type { MeetingInstance } from './MeetingInstances.ts'
import type { AgendaItem } from './readSeanceContent.ts'

/**
 * The `.ics` of one séance (a calendar with one event, UID `<id>@maillage-seance`): its instance
 * and title, its start and end in UTC, the place (and the visio link, given to readers only, who
 * alone may ask for this file) as LOCATION, the ordre du jour and the page's address as
 * DESCRIPTION. SEQUENCE grows with the convocations after a change of date.
 */
export async function renderMeetingCalendar(options: {
  meeting: MeetingRecord
  instance: MeetingInstance
  agenda: readonly AgendaItem[]
  pageUrl: string
  stamp: Date
}): Promise<string> {
  // ical-generator is loaded at the first calendar asked for, not with the server: most
  // processes never serve one, and its modules stay resident once loaded.
  const { default: ical, ICalCalendarMethod } = await import('ical-generator')
  const { meeting, instance } = options
  const calendar = ical({
    prodId: { company: 'Maillage', product: 'Gouvernance', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
  })
  const location = [meeting.place, meeting.visioLink].filter((part) => part !== undefined)
  const agenda = options.agenda.map((item, index) => `${index + 1}. ${item.titre}`)
  calendar.createEvent({
    id: `${meeting.id}@maillage-seance`,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    stamp: options.stamp,
    summary: `${instance.name} — ${meeting.title}`,
    ...(location.length === 0 ? {} : { location: location.join(' — ') }),
    description: [
      agenda.length === 0 ? '' : `Ordre du jour :\n${agenda.join('\n')}`,
      `Page de la séance : ${options.pageUrl}`,
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
  })
  return calendar.toString()
}
