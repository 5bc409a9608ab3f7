import type { MailMessage } from '../mail/MailMessage.ts'
import type { NotificationContent } from '../notifications/NotificationService.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import type { MeetingInstance } from './MeetingInstances.ts'
import { formatParisDateTime } from './parisInstant.ts'
import { meetingPath } from './presentMeeting.ts'
import type { AgendaItem } from './readSeanceContent.ts'

/** The kind of the in-app notification of a convocation. */
export const CONVOCATION_NOTIFICATION_KIND = 'convocation'

/** Points of the ordre du jour listed in the mail; the others are counted. */
const MAILED_AGENDA_ITEMS = 15

/** What a convocation says: where, when, and whether it follows a change of date. */
export interface Convocation {
  readonly meeting: MeetingRecord
  readonly instance: MeetingInstance
  readonly agenda: readonly AgendaItem[]
  /** The start members were convened for before, if the date changed since. */
  readonly previousStart?: string
}

function whereOf(meeting: MeetingRecord): string {
  const places = [meeting.place, meeting.visioLink === undefined ? undefined : 'en visio']
  const where = places.filter((place) => place !== undefined).join(' et ')
  return where === '' ? '' : `, ${where}`
}

function headline(convocation: Convocation): string {
  const { meeting, instance } = convocation
  const when = formatParisDateTime(new Date(meeting.startsAt))
  const prefix = convocation.previousStart === undefined ? 'Convocation' : 'Nouvelle convocation'
  return `${prefix} : ${instance.name} — « ${meeting.title} », le ${when}${whereOf(meeting)}.`
}

function changeNotice(convocation: Convocation): string {
  if (convocation.previousStart === undefined) return ''
  const before = formatParisDateTime(new Date(convocation.previousStart))
  return `La date a changé : la séance était prévue le ${before}.`
}

function agendaLine(item: AgendaItem, index: number): string {
  const details = [item.presentateur, item.duree === null ? '' : `${item.duree} min`]
    .filter((part) => part !== '')
    .join(', ')
  return `${index + 1}. ${item.titre}${details === '' ? '' : ` (${details})`}`
}

/** The in-app notification of the convocation (the mail says more). */
export function convocationNotification(convocation: Convocation): NotificationContent {
  const notice = changeNotice(convocation)
  const message = [headline(convocation), notice].filter((part) => part !== '').join(' ')
  return {
    kind: CONVOCATION_NOTIFICATION_KIND,
    message: message.slice(0, 1000),
    link: meetingPath(convocation.meeting.id),
  }
}

/**
 * The mail of the convocation: when and where, the change of date if any, the ordre du jour
 * summarised (its first {@link MAILED_AGENDA_ITEMS} points), and where to find the `.ics`.
 */
export function convocationMail(convocation: Convocation): MailMessage {
  const { agenda } = convocation
  const listed = agenda.slice(0, MAILED_AGENDA_ITEMS).map(agendaLine)
  if (agenda.length > MAILED_AGENDA_ITEMS) {
    listed.push(`… et ${agenda.length - MAILED_AGENDA_ITEMS} autres points.`)
  }
  const subject = headline(convocation)
  return {
    kind: 'convocation-seance',
    subject: subject.length <= 200 ? subject : `${subject.slice(0, 199)}…`,
    heading: convocation.previousStart === undefined ? 'Convocation' : 'Nouvelle convocation',
    paragraphs: [
      headline(convocation),
      changeNotice(convocation),
      agenda.length === 0
        ? 'L’ordre du jour est en préparation.'
        : `Ordre du jour :\n${listed.join('\n')}`.slice(0, 2000),
      'Ajoutez la séance à votre agenda avec le fichier .ics proposé sur sa page, où figurent aussi le lien de visio et les documents joints.',
    ].filter((paragraph) => paragraph !== ''),
    action: { label: 'Ouvrir la séance', path: meetingPath(convocation.meeting.id) },
  }
}
