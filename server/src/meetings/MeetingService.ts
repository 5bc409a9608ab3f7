import { randomUUID } from 'node:crypto'
import type { MeetingListView, MeetingSummaryView, MeetingView } from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import { DocumentKind, parseSpaceId, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { documentAccess, documentSyncGrant } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { meetingRights, type MeetingRights } from './meetingAccess.ts'
import { renderMeetingCalendar } from './meetingCalendar.ts'
import type { MeetingCreateInput, MeetingListQuery, MeetingUpdateInput } from './meetingInput.ts'
import type { MeetingInstance, MeetingInstances, MeetingMember } from './MeetingInstances.ts'
import { MEETING_MESSAGES } from './meetingMessages.ts'
import { parisDay, parisInstant } from './parisInstant.ts'
import { presentMeeting, presentMeetingSummary } from './presentMeeting.ts'
import { readSeanceContent } from './readSeanceContent.ts'

const MINUTE_MS = 60_000

/** Most documents offered to attach to a séance. */
export const MAX_ATTACHABLE_DOCUMENTS = 300

/** A séance with what every decision about it needs. */
export interface LoadedMeeting {
  readonly meeting: MeetingRecord
  readonly instance: MeetingInstance
  /** Active members on the séance's day. */
  readonly members: readonly MeetingMember[]
  readonly rights: MeetingRights
}

/** The instant a séance starts and ends, from Paris wall time; `VALIDATION_FAILED` if invalid. */
function scheduleOf(date: string, time: string, durationMinutes: number): [string, string] {
  const start = parisInstant(date, time)
  if (start === null) throw new AppError(ErrorCode.ValidationFailed, MEETING_MESSAGES.badSchedule)
  const end = new Date(start.getTime() + durationMinutes * MINUTE_MS)
  return [start.toISOString(), end.toISOString()]
}

/**
 * The séances of the governance instances: created by the instance's managers with a document
 * of kind `seance` in the instance's space (ordre du jour and relevé, co-edited live), listed for
 * their readers, rescheduled, and presented with their attendance and quorum. Convocation,
 * attendance and closing are `MeetingLifecycle`'s. Every change is audited.
 */
export class MeetingService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #instances: MeetingInstances
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    instances: MeetingInstances
    accessEvents: AccessEvents
    timers: Timers
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#instances = options.instances
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
  }

  /** The instances. */
  get instances(): MeetingInstances {
    return this.#instances
  }

  /**
   * Loads a séance and the actor's rights on it; `NOT_FOUND` when it does not exist or the actor
   * may not read it (the same answer, so that ids cannot be probed).
   */
  async load(actor: Actor, id: string): Promise<LoadedMeeting> {
    const meeting = await this.#store.meetings.findMeeting(id)
    const instance =
      meeting === null ? null : await this.#instances.findInstance(meeting.instanceId)
    if (meeting === null || instance === null) {
      throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    }
    const members = await this.#instances.activeMembers(
      instance.id,
      parisDay(new Date(meeting.startsAt)),
    )
    const manage = this.#instances.canManageInstance(actor, instance)
    const rights = meetingRights(actor, instance, { manage, members })
    if (!rights.read) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    return { meeting, instance, members, rights }
  }

  /**
   * The id of the séance whose document is `documentId`, for the séance's readers (a séance's
   * document opened from a search, a list or a notification leads to the séance's page);
   * `NOT_FOUND` when no séance holds it or the actor may not read the séance.
   */
  async meetingIdOfDocument(actor: Actor, documentId: string): Promise<string> {
    const meetings = await this.#store.meetings.listMeetings()
    const meeting = meetings.find((found) => found.documentId === documentId)
    if (meeting === undefined) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    return (await this.load(actor, meeting.id)).meeting.id
  }

  /** The séance as `actor` sees it (attachments they may not read keep their titles hidden). */
  async view(actor: Actor, id: string): Promise<MeetingView> {
    return this.present(actor, await this.load(actor, id))
  }

  /** Presents a loaded séance to `actor`. */
  async present(actor: Actor, loaded: LoadedMeeting): Promise<MeetingView> {
    const { meeting } = loaded
    const documentId = parseDocumentId(meeting.documentId)
    const [content, attendance, document] = await Promise.all([
      this.#content.read(documentId, readSeanceContent),
      this.#store.meetings.listAttendance(meeting.id),
      this.#store.findDocument(documentId),
    ])
    const grant = document === null ? null : documentSyncGrant(actor, document, null)
    const locked = meeting.status === 'close' && !loaded.rights.manage
    return presentMeeting({
      store: this.#store,
      actor,
      ...loaded,
      attendance,
      agenda: content.agenda,
      write: grant?.access === 'write' && !locked,
      now: this.#timers.now(),
    })
  }

  /**
   * The séances `actor` may read, soonest first, starting within `query`'s window (Paris days,
   * inclusive) and of its instance; with the instances `actor` may create séances for.
   */
  async list(actor: Actor, query: MeetingListQuery = {}): Promise<MeetingListView> {
    const meetings = await this.listMeetings(actor, { from: query.du, to: query.au })
    const instances = await this.#instances.listAllInstances()
    return {
      meetings: meetings.filter(
        (meeting) => query.instance === undefined || meeting.instanceId === query.instance,
      ),
      creatableInstances: instances
        .filter((instance) => this.#instances.canManageInstance(actor, instance))
        .map((instance) => ({ id: instance.id, name: instance.name })),
    }
  }

  /**
   * The séances `actor` may read whose Paris day of start is within `from`..`to` (inclusive,
   * `YYYY-MM-DD`, each optional), soonest first — what the governance calendar shows.
   */
  async listMeetings(
    actor: Actor,
    window: { from?: string | undefined; to?: string | undefined } = {},
  ): Promise<MeetingSummaryView[]> {
    const all = await this.#store.meetings.listMeetings()
    const inWindow = all.filter((meeting) => {
      const day = parisDay(new Date(meeting.startsAt))
      return (window.from ?? day) <= day && day <= (window.to ?? day)
    })
    const views: MeetingSummaryView[] = []
    for (const meeting of inWindow) {
      const loaded = await this.load(actor, meeting.id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === ErrorCode.NotFound) return null
        throw error
      })
      if (loaded !== null) views.push(presentMeetingSummary(loaded.meeting, loaded.instance))
    }
    return views.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  }

  /**
   * Creates a séance of `input.instanceId` with its document (kind `seance`, in the instance's
   * space, titled after the séance); for the instance's managers.
   */
  async create(actor: Actor, input: MeetingCreateInput): Promise<MeetingRecord> {
    const instance = await this.#instances.findInstance(input.instanceId)
    if (instance === null) {
      throw new AppError(ErrorCode.ValidationFailed, MEETING_MESSAGES.instanceNotFound)
    }
    assertAllowed(this.#instances.canManageInstance(actor, instance), MEETING_MESSAGES.managersOnly)
    const [startsAt, endsAt] = scheduleOf(input.date, input.time, input.durationMinutes)
    const document = await this.#documents.create(actor, {
      spaceId: instance.spaceId,
      kind: DocumentKind.Seance,
      title: `${instance.name} — ${input.title}`.slice(0, 200),
    })
    const now = isoTime(this.#timers)
    const meeting: MeetingRecord = {
      id: randomUUID(),
      instanceId: instance.id,
      spaceId: instance.spaceId,
      title: input.title,
      startsAt,
      endsAt,
      ...(input.place === undefined ? {} : { place: input.place }),
      ...(input.visioLink === undefined ? {} : { visioLink: input.visioLink }),
      documentId: document.id,
      status: 'preparation',
      createdAt: now,
      createdBy: actor.account.id,
    }
    await this.#store.meetings.createMeeting(meeting)
    await this.audit(actor, AuditAction.MeetingCreated, meeting, { instanceId: instance.id })
    return meeting
  }

  /** Changes a séance's title, schedule, place or visio link (managers; not once closed). */
  async update(actor: Actor, id: string, patch: MeetingUpdateInput): Promise<MeetingView> {
    const loaded = await this.load(actor, id)
    assertAllowed(loaded.rights.manage, MEETING_MESSAGES.managersOnly)
    const { meeting } = loaded
    if (meeting.status === 'close') throw new AppError(ErrorCode.Conflict, MEETING_MESSAGES.closed)
    const change: Partial<MeetingRecord> = {}
    if (patch.title !== undefined) change.title = patch.title
    if (patch.place !== undefined) change.place = patch.place
    if (patch.visioLink !== undefined) change.visioLink = patch.visioLink
    if (patch.date !== undefined && patch.time !== undefined) {
      const minutes =
        patch.durationMinutes ??
        (Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt)) / MINUTE_MS
      ;[change.startsAt, change.endsAt] = scheduleOf(patch.date, patch.time, minutes)
    } else if (patch.durationMinutes !== undefined) {
      const start = Date.parse(meeting.startsAt)
      change.endsAt = new Date(start + patch.durationMinutes * MINUTE_MS).toISOString()
    }
    const updated = await this.#store.meetings.updateMeeting(meeting.id, change)
    if (updated === null) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    await this.audit(actor, AuditAction.MeetingUpdated, updated, {
      fields: Object.keys(change).join(','),
    })
    return this.view(actor, id)
  }

  /**
   * The documents `actor` may attach to the séance's points or name in its decisions: those they
   * may read in the spaces they belong to, the séance's and the espace régional (its fiches
   * outil), not archived nor threads, most recently changed first, at most
   * {@link MAX_ATTACHABLE_DOCUMENTS}.
   */
  async attachableDocuments(actor: Actor, id: string): Promise<DocumentRecord[]> {
    const { meeting } = await this.load(actor, id)
    // The espace régional too: its fiches outil (the boîte à outils) are every member's to read.
    const spaceIds = new Set<string>([
      meeting.spaceId,
      REGIONAL_SPACE_IDS.regional,
      ...actor.roles.keys(),
    ])
    const found: DocumentRecord[] = []
    for (const spaceId of spaceIds) {
      const records = await this.#store.listDocumentsOfSpace(parseSpaceId(spaceId))
      found.push(
        ...records.filter(
          (record) =>
            record.archivedAt === undefined &&
            record.kind !== DocumentKind.Discussion &&
            documentAccess(actor, record) !== null,
        ),
      )
    }
    return found
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, MAX_ATTACHABLE_DOCUMENTS)
  }

  /** The `.ics` of a séance, for its readers; `pageUrl` is the absolute address of its page. */
  async calendar(actor: Actor, id: string, pageUrl: string): Promise<string> {
    const { meeting, instance } = await this.load(actor, id)
    const { agenda } = await this.#content.read(
      parseDocumentId(meeting.documentId),
      readSeanceContent,
    )
    return renderMeetingCalendar({
      meeting,
      instance,
      agenda,
      pageUrl,
      stamp: new Date(this.#timers.now()),
    })
  }

  /** Tells live connections to the séance's document to be re-checked (it turned read-only). */
  async announceAccessChange(meeting: MeetingRecord): Promise<void> {
    await this.#accessEvents.publish({
      kind: 'document',
      documentId: parseDocumentId(meeting.documentId),
    })
  }

  /** Appends an audit entry about `meeting`. */
  async audit(
    actor: Actor | null,
    action: AuditAction,
    meeting: MeetingRecord,
    details: Record<string, string> = {},
    within: MetadataStore = this.#store,
  ): Promise<void> {
    await within.appendAudit({
      at: isoTime(this.#timers),
      action,
      ...(actor === null ? {} : { actorId: actor.account.id }),
      target: meeting.id,
      details: { ...details, instanceId: meeting.instanceId },
    })
  }
}
