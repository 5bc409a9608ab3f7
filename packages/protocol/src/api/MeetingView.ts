// The séances of the governance instances (`/api/gouvernance/seances`).

/** Where a séance stands, in this order. */
export type MeetingStatusName = 'preparation' | 'convoquee' | 'en-cours' | 'close'

/** How a person took part in a séance. */
export type MeetingAttendanceStatusName = 'present' | 'excuse' | 'absent' | 'represente'

/** A séance in a list or a calendar. */
export interface MeetingSummaryView {
  readonly id: string
  readonly instanceId: string
  readonly instanceName: string
  readonly title: string
  /** ISO instants (UTC). */
  readonly startsAt: string
  readonly endsAt: string
  readonly place?: string
  readonly status: MeetingStatusName
  /** The séance's page in the web app. */
  readonly path: string
}

/** An instance one may create séances for. */
export interface MeetingInstanceChoiceView {
  readonly id: string
  readonly name: string
}

/** `GET /api/gouvernance/seances`: the séances one may read, and where one may create one. */
export interface MeetingListView {
  readonly meetings: readonly MeetingSummaryView[]
  readonly creatableInstances: readonly MeetingInstanceChoiceView[]
}

/** A document attached to a point, as the reader may see it: its title only if they may read it. */
export interface MeetingAttachmentView {
  readonly id: string
  /** Absent when the reader may not read it (nor learn its title). */
  readonly title?: string
  readonly path?: string
}

/** One point of the ordre du jour. */
export interface MeetingAgendaItemView {
  readonly id: string
  readonly titre: string
  readonly presentateur: string
  readonly duree: number | null
  readonly documents: readonly MeetingAttachmentView[]
}

/** One active member of the instance and their attendance, if recorded. */
export interface MeetingAttendanceView {
  readonly memberId: string
  readonly name: string
  readonly body: string
  readonly hasAccount: boolean
  readonly status?: MeetingAttendanceStatusName
  readonly representedBy?: string
}

/** The quorum, live. */
export interface MeetingQuorumView {
  readonly required: number
  readonly present: number
  readonly members: number
  readonly reached: boolean
}

/** `GET /api/gouvernance/seances/:id`. */
export interface MeetingView extends MeetingSummaryView {
  readonly spaceId: string
  readonly documentId: string
  /** For the séance's readers only (never in its Y.Doc). */
  readonly visioLink?: string
  readonly convokedAt?: string
  /** The start the members were last convened for. */
  readonly convokedFor?: string
  readonly openedAt?: string
  readonly closedAt?: string
  /** The register's decisions recorded at closing. */
  readonly decisionIds: readonly string[]
  readonly agenda: readonly MeetingAgendaItemView[]
  readonly attendance: readonly MeetingAttendanceView[]
  readonly quorum: MeetingQuorumView
  readonly can: {
    readonly manage: boolean
    /** Writes the ordre du jour and the relevé (its document). */
    readonly write: boolean
    /** Says « excusé » for oneself (a member, before the séance). */
    readonly excuseSelf: boolean
  }
  /** The reader's own mandate in the instance, if a member. */
  readonly selfMemberId?: string
}

/** `POST /api/gouvernance/seances`. Date and time are Europe/Paris wall time. */
export interface MeetingCreateBody {
  readonly instanceId: string
  readonly title: string
  /** `YYYY-MM-DD`. */
  readonly date: string
  /** `HH:MM`. */
  readonly time: string
  readonly durationMinutes: number
  readonly place?: string
  readonly visioLink?: string
}

/** `PATCH /api/gouvernance/seances/:id`: any of the schedule, place, visio link or title. */
export type MeetingUpdateBody = Partial<Omit<MeetingCreateBody, 'instanceId'>>

/** `PUT /api/gouvernance/seances/:id/presences`. */
export interface MeetingAttendanceBody {
  readonly memberId: string
  readonly status: MeetingAttendanceStatusName
  readonly representedBy?: string
}

/** `POST /api/gouvernance/seances/:id/convocation`. */
export interface MeetingConvocationView {
  /** Members with an account notified (and mailed as they chose). */
  readonly notified: number
  /** Active members without an account, who were not. */
  readonly withoutAccount: number
  /** A convocation after a change of date. */
  readonly reconvocation: boolean
  readonly meeting: MeetingView
}

/** `POST /api/gouvernance/seances/:id/cloture`. */
export interface MeetingCloseView {
  /** False when the séance was closed already (a second « Clore »). */
  readonly closed: boolean
  readonly decisionIds: readonly string[]
  readonly meeting: MeetingView
}
