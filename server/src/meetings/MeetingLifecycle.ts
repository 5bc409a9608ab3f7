import type { MeetingCloseView, MeetingConvocationView, MeetingView } from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MailService } from '../mail/MailService.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { MeetingRecord } from '../persistence/records/Meeting.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { convocationMail, convocationNotification } from './convocationMessage.ts'
import { decisionsOfReleve } from './decisionsOfReleve.ts'
import type { MeetingDecisions } from './MeetingDecisions.ts'
import type { MeetingAttendanceInput } from './meetingInput.ts'
import { MEETING_MESSAGES } from './meetingMessages.ts'
import type { LoadedMeeting, MeetingService } from './MeetingService.ts'
import { readSeanceContent } from './readSeanceContent.ts'

/**
 * The life of a séance after its creation: convocation of the members (notification and mail,
 * saying so when the date changed since the last one), opening, attendance (managers record
 * anyone's; a member says « excusé » for themselves before the séance) and closing, which records
 * the relevé's decisions into the register once and turns the document read-only for everyone but
 * the managers. Every step is audited.
 */
export class MeetingLifecycle {
  readonly #meetings: MeetingService
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #decisions: MeetingDecisions
  readonly #notifications: NotificationService
  readonly #mail: MailService
  readonly #closeLocks: KeyedLock
  readonly #timers: Timers

  constructor(options: {
    meetings: MeetingService
    store: MetadataStore
    content: DocumentContent
    decisions: MeetingDecisions
    notifications: NotificationService
    mail: MailService
    /** Closings of one séance, one at a time in every process (namespace `meeting-close`). */
    closeLocks: KeyedLock
    timers: Timers
  }) {
    this.#meetings = options.meetings
    this.#store = options.store
    this.#content = options.content
    this.#decisions = options.decisions
    this.#notifications = options.notifications
    this.#mail = options.mail
    this.#closeLocks = options.closeLocks
    this.#timers = options.timers
  }

  async #managed(actor: Actor, id: string): Promise<LoadedMeeting> {
    const loaded = await this.#meetings.load(actor, id)
    assertAllowed(loaded.rights.manage, MEETING_MESSAGES.managersOnly)
    return loaded
  }

  async #update(meeting: MeetingRecord, patch: Partial<MeetingRecord>): Promise<MeetingRecord> {
    const updated = await this.#store.meetings.updateMeeting(meeting.id, patch)
    if (updated === null) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    return updated
  }

  /**
   * Convenes the active members with an account: an in-app notification (`convocation`) and a
   * mail (`convocation-seance`, as each chose) with the ordre du jour summarised. Again after a
   * change of date, it says so. Before the séance is opened only; managers only.
   */
  async convoke(actor: Actor, id: string): Promise<MeetingConvocationView> {
    const loaded = await this.#managed(actor, id)
    const { meeting, instance, members } = loaded
    if (meeting.status !== 'preparation' && meeting.status !== 'convoquee') {
      throw new AppError(ErrorCode.Conflict, MEETING_MESSAGES.convokeState)
    }
    const { agenda } = await this.#content.read(
      parseDocumentId(meeting.documentId),
      readSeanceContent,
    )
    const moved = meeting.convokedFor !== undefined && meeting.convokedFor !== meeting.startsAt
    const convocation = {
      meeting,
      instance,
      agenda,
      ...(moved && meeting.convokedFor !== undefined ? { previousStart: meeting.convokedFor } : {}),
    }
    const accountIds = [
      ...new Set(
        members.flatMap((member) => (member.accountId === undefined ? [] : [member.accountId])),
      ),
    ]
    await this.#notifications.notifyAll(accountIds, convocationNotification(convocation))
    await this.#mail.notifyAccounts(accountIds, convocationMail(convocation))
    const updated = await this.#update(meeting, {
      status: 'convoquee',
      convokedAt: isoTime(this.#timers),
      convokedFor: meeting.startsAt,
    })
    await this.#meetings.audit(actor, AuditAction.MeetingConvoked, updated, {
      notified: String(accountIds.length),
      reconvocation: String(moved),
    })
    return {
      notified: accountIds.length,
      withoutAccount: members.filter((member) => member.accountId === undefined).length,
      reconvocation: moved,
      meeting: await this.#meetings.view(actor, id),
    }
  }

  /** Opens the séance (« en cours »): the relevé is written live. Managers only. */
  async open(actor: Actor, id: string): Promise<MeetingView> {
    const { meeting } = await this.#managed(actor, id)
    if (meeting.status !== 'preparation' && meeting.status !== 'convoquee') {
      throw new AppError(ErrorCode.Conflict, MEETING_MESSAGES.openState)
    }
    const updated = await this.#update(meeting, {
      status: 'en-cours',
      openedAt: isoTime(this.#timers),
    })
    await this.#meetings.audit(actor, AuditAction.MeetingOpened, updated)
    return this.#meetings.view(actor, id)
  }

  /**
   * Records one active member's attendance. Managers record anyone's, until the séance is closed;
   * a member records only « excusé » for themselves, before the séance starts and while it is not
   * open (`AUTH_FORBIDDEN` otherwise). `VALIDATION_FAILED` for someone who is not an active member.
   */
  async recordAttendance(
    actor: Actor,
    id: string,
    input: MeetingAttendanceInput,
  ): Promise<MeetingView> {
    const loaded = await this.#meetings.load(actor, id)
    const { meeting, members, rights } = loaded
    const member = members.find((found) => found.id === input.memberId)
    if (!rights.manage) {
      // Checked first, so that a non-manager learns nothing of who is a member.
      const beforeStart = this.#timers.now() < Date.parse(meeting.startsAt)
      const open = meeting.status === 'preparation' || meeting.status === 'convoquee'
      const self = member !== undefined && member.accountId === actor.account.id
      assertAllowed(
        self && input.status === 'excuse' && beforeStart && open,
        MEETING_MESSAGES.excuseOnlySelf,
      )
    }
    if (member === undefined) {
      throw new AppError(ErrorCode.ValidationFailed, MEETING_MESSAGES.notMember)
    }
    if (meeting.status === 'close') throw new AppError(ErrorCode.Conflict, MEETING_MESSAGES.closed)
    await this.#store.meetings.recordAttendance({
      id: `${meeting.id}:${member.id}`,
      meetingId: meeting.id,
      memberId: member.id,
      ...(member.accountId === undefined ? {} : { accountId: member.accountId }),
      name: member.name,
      status: input.status,
      ...(input.representedBy === undefined ? {} : { representedBy: input.representedBy }),
      recordedBy: actor.account.id,
      recordedAt: isoTime(this.#timers),
    })
    await this.#meetings.audit(actor, AuditAction.MeetingAttendanceRecorded, meeting, {
      memberId: member.id,
      status: input.status,
    })
    return this.#meetings.view(actor, id)
  }

  /**
   * Closes an open séance: each decision of its relevé becomes a record of the register (source
   * `seance`), in one transaction with the séance's closing, and the document turns read-only for
   * everyone but the managers (live connections re-checked). Closings of one séance run one at a
   * time in every process; a second « Clore » finds it closed and answers its decisions with
   * `closed: false`. Managers only.
   */
  async close(actor: Actor, id: string): Promise<MeetingCloseView> {
    const loaded = await this.#managed(actor, id)
    const outcome = await this.#closeLocks.run(loaded.meeting.id, () =>
      this.#closeOnce(actor, loaded.meeting.id),
    )
    if (outcome.closed) await this.#meetings.announceAccessChange(outcome.meeting)
    return {
      closed: outcome.closed,
      decisionIds: outcome.meeting.decisionIds ?? [],
      meeting: await this.#meetings.view(actor, id),
    }
  }

  async #closeOnce(actor: Actor, id: string): Promise<{ closed: boolean; meeting: MeetingRecord }> {
    const current = await this.#store.meetings.findMeeting(id)
    if (current === null) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
    if (current.status === 'close') return { closed: false, meeting: current }
    if (current.status !== 'en-cours') {
      throw new AppError(ErrorCode.Conflict, MEETING_MESSAGES.closeState)
    }
    const content = await this.#content.read(parseDocumentId(current.documentId), readSeanceContent)
    const inputs = await decisionsOfReleve(this.#store, current, content.decisions)
    const closedAt = isoTime(this.#timers)
    const meeting = await this.#store.transaction(async (tx) => {
      const decisionIds: string[] = []
      for (const input of inputs)
        decisionIds.push((await this.#decisions.record(input, actor, tx)).id)
      const updated = await tx.meetings.updateMeeting(id, {
        status: 'close',
        closedAt,
        decisionIds,
      })
      if (updated === null) throw new AppError(ErrorCode.NotFound, MEETING_MESSAGES.notFound)
      await this.#meetings.audit(
        actor,
        AuditAction.MeetingClosed,
        updated,
        {
          decisions: String(decisionIds.length),
        },
        tx,
      )
      return updated
    })
    return { closed: true, meeting }
  }
}
