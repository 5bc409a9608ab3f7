import type {
  MeetingAgendaItemView,
  MeetingAttachmentView,
  MeetingAttendanceView,
  MeetingSummaryView,
  MeetingView,
} from '@maillage/protocol'
import { isDocumentId } from '@maillage/protocol'
import { DocumentKind } from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import type { MeetingAttendance } from '../persistence/records/MeetingAttendance.ts'
import { computeQuorum } from './computeQuorum.ts'
import type { MeetingRights } from './meetingAccess.ts'
import type { MeetingInstance, MeetingMember } from './MeetingInstances.ts'
import type { AgendaItem } from './readSeanceContent.ts'

/** The page of a séance in the web app. */
export function meetingPath(meetingId: string): string {
  return `/gouvernance/seances/${meetingId}`
}

/** A séance in a list or calendar. */
export function presentMeetingSummary(
  meeting: MeetingRecord,
  instance: MeetingInstance,
): MeetingSummaryView {
  return {
    id: meeting.id,
    instanceId: meeting.instanceId,
    instanceName: instance.name,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    ...(meeting.place === undefined ? {} : { place: meeting.place }),
    status: meeting.status,
    path: meetingPath(meeting.id),
  }
}

/**
 * An attached document as `actor` may see it: its title and path only when they may read it,
 * so that attaching a document never tells its title to a reader of the séance who may not.
 */
async function presentAttachment(
  store: MetadataStore,
  actor: Actor,
  documentId: string,
): Promise<MeetingAttachmentView> {
  const record = isDocumentId(documentId) ? await store.findDocument(documentId) : null
  if (record === null || documentAccess(actor, record) === null) return { id: documentId }
  const path =
    record.kind === DocumentKind.Seance
      ? `/gouvernance/seances/document/${record.id}`
      : `/documents/${record.id}`
  return { id: documentId, title: record.title, path }
}

async function presentAgenda(
  store: MetadataStore,
  actor: Actor,
  agenda: readonly AgendaItem[],
): Promise<MeetingAgendaItemView[]> {
  const views: MeetingAgendaItemView[] = []
  for (const item of agenda) {
    const documents: MeetingAttachmentView[] = []
    for (const id of item.documentIds) documents.push(await presentAttachment(store, actor, id))
    views.push({
      id: item.id,
      titre: item.titre,
      presentateur: item.presentateur,
      duree: item.duree,
      documents,
    })
  }
  return views
}

function presentAttendance(
  members: readonly MeetingMember[],
  attendance: readonly MeetingAttendance[],
): MeetingAttendanceView[] {
  return members.map((member) => {
    const entry = attendance.find((found) => found.memberId === member.id)
    return {
      memberId: member.id,
      name: member.name,
      body: member.body,
      hasAccount: member.accountId !== undefined,
      ...(entry === undefined ? {} : { status: entry.status }),
      ...(entry?.representedBy === undefined ? {} : { representedBy: entry.representedBy }),
    }
  })
}

/** Everything a reader of a séance sees, computed for `actor`. */
export async function presentMeeting(options: {
  store: MetadataStore
  actor: Actor
  meeting: MeetingRecord
  instance: MeetingInstance
  members: readonly MeetingMember[]
  attendance: readonly MeetingAttendance[]
  agenda: readonly AgendaItem[]
  rights: MeetingRights
  /** The actor may write the séance's document now. */
  write: boolean
  /** Now, in ms since the epoch. */
  now: number
}): Promise<MeetingView> {
  const { meeting, members, actor, rights } = options
  const self = members.find((member) => member.accountId === actor.account.id)
  const beforeStart = options.now < Date.parse(meeting.startsAt)
  const open = meeting.status === 'preparation' || meeting.status === 'convoquee'
  return {
    ...presentMeetingSummary(meeting, options.instance),
    spaceId: meeting.spaceId,
    documentId: meeting.documentId,
    ...(meeting.visioLink === undefined || !rights.read ? {} : { visioLink: meeting.visioLink }),
    ...(meeting.convokedAt === undefined ? {} : { convokedAt: meeting.convokedAt }),
    ...(meeting.convokedFor === undefined ? {} : { convokedFor: meeting.convokedFor }),
    ...(meeting.openedAt === undefined ? {} : { openedAt: meeting.openedAt }),
    ...(meeting.closedAt === undefined ? {} : { closedAt: meeting.closedAt }),
    decisionIds: meeting.decisionIds ?? [],
    agenda: await presentAgenda(options.store, actor, options.agenda),
    attendance: presentAttendance(members, options.attendance),
    quorum: computeQuorum(members, options.attendance, options.instance.quorum),
    can: {
      manage: rights.manage,
      write: options.write,
      excuseSelf: self !== undefined && beforeStart && open,
    },
    ...(self === undefined ? {} : { selfMemberId: self.id }),
  }
}
