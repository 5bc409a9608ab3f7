// The programme d'accompagnement over HTTP (`/api/gouvernance/programme`): its versions and their
// lines, the validation steps, the comparison of two versions, the links of ateliers, tools and
// documents to the lines they carry out, and the follow-up (suivi) of each line.

/** A validation step: proposé → validé en COPIL → validé par le bureau du CoRE → présenté aux CLPE. */
export type ProgrammeStepName = 'propose' | 'valide-copil' | 'valide-bureau-core' | 'presente-clpe'

/** What a line offers. */
export type ProgrammeLineKindName =
  'webinaire' | 'atelier' | 'outil' | 'appui-methodologique' | 'livrable'

/** What may carry out a line. */
export type ProgrammeLinkKindName = 'atelier' | 'outil' | 'document'

/** One entry of a version's history of steps. */
export interface ProgrammeStepEntryView {
  readonly step: ProgrammeStepName
  readonly at: string
  readonly by: { readonly id: string; readonly name: string }
  /** Present when the version was sent back to « proposé », with the step it was at and why. */
  readonly sentBackFrom?: ProgrammeStepName
  readonly reason?: string
}

/** A version as listed. */
export interface ProgrammeVersionSummaryView {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly status: ProgrammeStepName
  readonly createdAt: string
  readonly basedOn?: string
  readonly lineCount: number
}

/** A line of a version. */
export interface ProgrammeLineView {
  readonly id: string
  readonly lineKey: string
  readonly partner: string
  readonly kind: ProgrammeLineKindName
  readonly title: string
  readonly description: string
  readonly audience?: string
  readonly period?: string
  /** Absent: every CLPE. */
  readonly clpeSpaceIds?: readonly string[]
  readonly targetClpeCount?: number
}

/** What the reader may do with a version (the buttons the page shows). */
export interface ProgrammeRightsView {
  /** Create a version, edit lines while « proposé », link and unlink. */
  readonly canDraft: boolean
  /** The step the reader may move the version to now, if any. */
  readonly nextStep?: ProgrammeStepName
  /** The reader may send the version back to « proposé » (with a reason). */
  readonly canSendBack: boolean
  /** Lines may be edited now (the reader drafts and the version is « proposé »). */
  readonly canEditLines: boolean
}

/** One version with its lines and history. */
export interface ProgrammeVersionView extends ProgrammeVersionSummaryView {
  readonly history: readonly ProgrammeStepEntryView[]
  readonly lines: readonly ProgrammeLineView[]
  readonly rights: ProgrammeRightsView
}

/** `GET /api/gouvernance/programme`: the versions and the current (latest) one. */
export interface ProgrammeOverviewView {
  readonly versions: readonly ProgrammeVersionSummaryView[]
  readonly current: ProgrammeVersionView | null
  /** The reader may create a new version now. */
  readonly canCreateVersion: boolean
}

/** `POST /api/gouvernance/programme/versions`. */
export interface ProgrammeVersionCreateBody {
  readonly title: string
}

/** `POST …/versions/:id/lignes` and `PATCH …/lignes/:lineId` (all fields for a new line). */
export interface ProgrammeLineBody {
  readonly partner: string
  readonly kind: ProgrammeLineKindName
  readonly title: string
  readonly description?: string
  readonly audience?: string
  readonly period?: string
  readonly clpeSpaceIds?: readonly string[]
  readonly targetClpeCount?: number
}

/** `POST …/versions/:id/etape`: the next step. */
export interface ProgrammeStepBody {
  readonly to: ProgrammeStepName
}

/** `POST …/versions/:id/renvoi`: back to « proposé », with a reason. */
export interface ProgrammeSendBackBody {
  readonly reason: string
}

/** A line changed between two versions: both states and the fields that differ. */
export interface ProgrammeLineChangeView {
  readonly before: ProgrammeLineView
  readonly after: ProgrammeLineView
  readonly fields: readonly string[]
}

/** `GET …/comparaison/:de/:a`: lines added, removed and changed from `de` to `a`. */
export interface ProgrammeComparisonView {
  readonly from: ProgrammeVersionSummaryView
  readonly to: ProgrammeVersionSummaryView
  readonly added: readonly ProgrammeLineView[]
  readonly removed: readonly ProgrammeLineView[]
  readonly changed: readonly ProgrammeLineChangeView[]
}

/** `POST /api/gouvernance/programme/liens`. */
export interface ProgrammeLinkBody {
  readonly lineId: string
  readonly target: { readonly kind: ProgrammeLinkKindName; readonly id: string }
}

/** A link of a line, with what it points to as the reader may see it. */
export interface ProgrammeLinkView {
  readonly id: string
  readonly lineKey: string
  readonly target: { readonly kind: ProgrammeLinkKindName; readonly id: string }
  /** The target's title, or « Élément non accessible » when the reader may not open it. */
  readonly title: string
  /** Path in the web app; absent when the reader may not open it. */
  readonly path?: string
}

/** What the survey says about a tool that carries out a line. */
export interface ProgrammeSurveySignalView {
  readonly surveyId: string
  readonly surveyTitle: string
  readonly toolDocumentId: string
  readonly toolTitle: string
  /** Mean « Utilité pour votre CLPE » (1–5), null when nobody rated it. */
  readonly usefulness: number | null
  readonly answers: number
  /** The mean is under the threshold: the line calls for an adjustment. */
  readonly callsForAdjustment: boolean
}

/** The follow-up of one line. */
export interface ProgrammeLineFollowUpView {
  readonly lineId: string
  readonly lineKey: string
  readonly delivered: readonly ProgrammeLinkView[]
  /** The CLPE reached by the linked ateliers (their participants' CLPE), by name. */
  readonly clpeReached: readonly { readonly spaceId: string; readonly name: string }[]
  readonly targetClpeCount?: number
  readonly surveySignals: readonly ProgrammeSurveySignalView[]
}

/** `GET …/versions/:id/suivi`. */
export interface ProgrammeFollowUpView {
  readonly versionId: string
  readonly lines: readonly ProgrammeLineFollowUpView[]
}

/** `GET …/cibles/:kind/:id`: the lines an atelier, tool or document carries out. */
export interface ProgrammeTargetLinesView {
  readonly lines: readonly {
    readonly linkId: string
    readonly lineKey: string
    readonly title: string
    readonly partner: string
    readonly kind: ProgrammeLineKindName
    readonly versionNumber: number
  }[]
}
