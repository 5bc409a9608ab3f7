import type { NotificationContent } from '../notifications/NotificationService.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import { formatAtelierWhen } from './atelierFacts.ts'
import { atelierPath } from './loadAtelier.ts'

// The notifications of one's own registrations to ateliers: the confirmation, the
// date change and the reminder of the day before. The place given to a waiting person
// (`atelier-place`) is `AtelierService`'s.

/** Kind of the confirmation sent to a person who registers (a seat or the waiting list). */
export const ATELIER_REGISTRATION_NOTIFICATION_KIND = 'inscription-atelier'

/** Kind of the notification of the registered people when the date or time of an atelier moves. */
export const ATELIER_DATE_CHANGE_NOTIFICATION_KIND = 'changement-date-atelier'

/** Kind of the reminder sent to the seat holders the day before an atelier. */
export const ATELIER_REMINDER_NOTIFICATION_KIND = 'rappel-atelier'

type When = Pick<AtelierDetails, 'date' | 'startsAt'>

/**
 * What a person was told of an atelier's schedule, to notice a change: its start instant (ISO),
 * or its day while the time is not set, or '' while it has no date.
 */
export function atelierScheduleKey(details: When): string {
  return details.startsAt?.toISOString() ?? details.date
}

/** Path of an atelier's `.ics` file (`GET /api/ateliers/:id/atelier.ics`). */
export function atelierCalendarPath(id: string): string {
  return `/api/ateliers/${id}/atelier.ics`
}

function onDay(details: When): string {
  const when = formatAtelierWhen(details)
  return when === '' ? '' : ` du ${when}`
}

/**
 * The confirmation of a registration: a seat (with the `.ics` file's path once the atelier is
 * dated) or a place on the waiting list (`position`, 1 for the first).
 */
export function registrationNotice(
  atelierId: string,
  details: AtelierDetails,
  position: number | undefined,
): NotificationContent {
  const calendar =
    details.startsAt === undefined
      ? ''
      : ` Ajoutez-le à votre agenda avec son fichier .ics : ${atelierCalendarPath(atelierId)}.`
  return {
    kind: ATELIER_REGISTRATION_NOTIFICATION_KIND,
    message:
      position === undefined
        ? `Vous êtes inscrit·e à l’atelier « ${details.title} »${onDay(details)}.${calendar}`
        : `Vous êtes sur la liste d’attente de l’atelier « ${details.title} »${onDay(details)}, ` +
          `en position ${position} : vous serez prévenu·e si une place se libère.`,
    link: atelierPath(atelierId),
  }
}

/** The new date (and time) of an atelier, for the people registered to it. */
export function dateChangeNotice(atelierId: string, details: AtelierDetails): NotificationContent {
  return {
    kind: ATELIER_DATE_CHANGE_NOTIFICATION_KIND,
    message: `L’atelier « ${details.title} » change de date : il aura lieu le ${formatAtelierWhen(details)}.`,
    link: atelierPath(atelierId),
  }
}

/** The reminder of an atelier that starts within a day, for its seat holders. */
export function reminderNotice(atelierId: string, details: AtelierDetails): NotificationContent {
  return {
    kind: ATELIER_REMINDER_NOTIFICATION_KIND,
    message: `Rappel : l’atelier « ${details.title} » auquel vous êtes inscrit·e a lieu le ${formatAtelierWhen(details)}.`,
    link: atelierPath(atelierId),
  }
}
