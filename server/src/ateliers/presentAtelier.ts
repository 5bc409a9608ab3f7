import type {
  AtelierAttendanceView,
  AtelierRegistrationView,
  AtelierSessionView,
  AtelierSummaryView,
  AtelierView,
} from '@maillage/protocol'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import type { AtelierSession } from './atelierSession.ts'
import { registrationCounts, waitingPositions } from './registrationList.ts'

/** The live session as the API shows it (the compte rendu's id is on the atelier itself). */
export function presentSession(session: AtelierSession): AtelierSessionView {
  return {
    state: session.state,
    ...(session.currentItemId === undefined ? {} : { currentItemId: session.currentItemId }),
    ...(session.startedAt === undefined ? {} : { startedAt: session.startedAt }),
    ...(session.endedAt === undefined ? {} : { endedAt: session.endedAt }),
  }
}

function registrationOf(
  registrations: readonly AtelierRegistration[],
  accountId: string,
): AtelierRegistrationView | undefined {
  const mine = registrations.find((entry) => entry.accountId === accountId)
  if (mine === undefined) return undefined
  const position = waitingPositions(registrations).get(accountId)
  return {
    status: mine.status,
    ...(position === undefined ? {} : { position }),
    registeredAt: mine.registeredAt,
  }
}

/** An atelier as listed in the programme, for `accountId`. */
export function presentAtelierSummary(
  record: DocumentRecord,
  details: AtelierDetails,
  registrations: readonly AtelierRegistration[],
  accountId: string,
): AtelierSummaryView {
  const counts = registrationCounts(registrations)
  const registration = registrationOf(registrations, accountId)
  return {
    id: record.id,
    title: details.title,
    date: details.date,
    time: details.time,
    durationMinutes: details.durationMinutes,
    ...(details.startsAt === undefined ? {} : { startsAt: details.startsAt.toISOString() }),
    ...(details.endsAt === undefined ? {} : { endsAt: details.endsAt.toISOString() }),
    format: details.format,
    theme: details.theme,
    intervenants: details.intervenants,
    capacity: details.capacity,
    registeredCount: counts.registered,
    waitingCount: counts.waiting,
    session: presentSession(details.session),
    ...(registration === undefined ? {} : { registration }),
  }
}

/** What only some people see of an atelier, decided by the caller (`auth/atelierAccess.ts`). */
export interface AtelierViewer {
  readonly accountId: string
  readonly facilitate: boolean
  readonly register: boolean
  /** The atelier's visio link if the viewer may see it (`canSeeVisioLink`), else ''. */
  readonly visioLink: string
  /** People seen in the live session; given to facilitators only. */
  readonly attendance: readonly AtelierAttendanceView[]
}

/** A whole atelier, as `viewer` may see it. */
export function presentAtelier(
  record: DocumentRecord,
  details: AtelierDetails,
  registrations: readonly AtelierRegistration[],
  viewer: AtelierViewer,
): AtelierView {
  const compteRenduId = details.session.compteRenduId
  return {
    ...presentAtelierSummary(record, details, registrations, viewer.accountId),
    visioLink: viewer.visioLink,
    replayLink: details.replayLink,
    spaceId: record.spaceId,
    ...(compteRenduId === undefined ? {} : { compteRenduId }),
    attendance: viewer.facilitate ? viewer.attendance : [],
    can: { facilitate: viewer.facilitate, register: viewer.register },
  }
}
