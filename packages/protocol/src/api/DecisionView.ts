/** Where a decision stands: `a-faire`, `en-cours`, `fait`, `abandonne`. */
export type DecisionStatusName = 'a-faire' | 'en-cours' | 'fait' | 'abandonne'

/** What a decision is about: a tool (proposal or fiche), a document, the programme, a version. */
export type DecisionSubjectKindName = 'outil' | 'document' | 'programme' | 'version'

/** The object a decision concerns, with the path of its page when it has one. */
export interface DecisionSubjectView {
  readonly kind: DecisionSubjectKindName
  readonly id: string
  readonly label: string
  readonly path?: string
}

/** Where a decision was taken, in words, with the path of its page when it has one. */
export interface DecisionSourceView {
  readonly kind: 'seance' | 'validation-outil' | 'programme' | 'saisie'
  readonly label: string
  readonly path?: string
}

/** One step of a decision's follow-up. */
export interface DecisionFollowUpView {
  readonly at: string
  readonly byName: string
  readonly status: DecisionStatusName
  readonly note?: string
}

/** One decision of the register, as the person asking may see it. */
export interface DecisionView {
  readonly id: string
  readonly instanceId: string
  readonly instanceName: string
  readonly decidedOn: string
  readonly text: string
  readonly subject?: DecisionSubjectView
  readonly owner?: { readonly accountId?: string; readonly name: string }
  readonly dueOn?: string
  readonly status: DecisionStatusName
  /** Due before today and neither done nor abandoned. */
  readonly overdue: boolean
  readonly source: DecisionSourceView
  readonly createdAt: string
  readonly followUps: readonly DecisionFollowUpView[]
  /** Whether the person may change its status (a manager of its instance, or its owner). */
  readonly canFollowUp: boolean
}

/** `GET /api/gouvernance/decisions`: one page of the filtered register. */
export interface DecisionListView {
  readonly items: readonly DecisionView[]
  readonly total: number
  readonly page: number
  readonly pageSize: number
  /** The instances whose decisions the person may add by hand (their id and name). */
  readonly manageableInstances: readonly { readonly id: string; readonly name: string }[]
  /** The instances whose decisions the person may read, for the filter. */
  readonly readableInstances: readonly { readonly id: string; readonly name: string }[]
}

/** `POST /api/gouvernance/decisions`: a decision typed in by a manager of its instance. */
export interface DecisionCreateBody {
  readonly instanceId: string
  readonly decidedOn: string
  readonly text: string
  readonly subject?: {
    readonly kind: DecisionSubjectKindName
    readonly id: string
    readonly label: string
  }
  readonly owner?: { readonly accountId?: string; readonly name: string }
  readonly dueOn?: string
}

/** `POST /api/gouvernance/decisions/:id/suivi`: a new status, with an optional note. */
export interface DecisionFollowUpBody {
  readonly status: DecisionStatusName
  readonly note?: string
}
