/** What a person may do with a document. */
export type DocumentAccessName = 'read' | 'write'

/** A document's entry in the index, with the signed-in person's access to it. */
export interface DocumentView {
  readonly id: string
  readonly spaceId: string
  /** One of the kinds of `@maillage/schema` (`DocumentKind`). */
  readonly kind: string
  readonly title: string
  /** "Partagé avec tous les territoires": every signed-in member may read it. */
  readonly sharedWithAll: boolean
  readonly createdBy: string
  readonly createdAt: string
  /** Last change of its content or title, set by the server after each save. */
  readonly updatedAt: string
  /** Name of the last person whose edit was saved, when known. */
  readonly lastEditorName?: string
  readonly archivedAt?: string
  readonly access: DocumentAccessName
  /** The status value of its kind's status field (`en-cours`…), when the kind has statuses. */
  readonly status?: string
  /** A few key fields of its kind as short strings (dates, année, publics…), by field name. */
  readonly keyFields?: Readonly<Record<string, string>>
  /** Quality score out of 100 and the weakest criteria, for kinds with a quality grid. */
  readonly quality?: DocumentQualityView
  /** True when a kind that must be kept up to date (fiche action) has not changed for 30 days. */
  readonly stale?: boolean
  /** Number of field values of the wrong type found at the last indexing (written by a bad client). */
  readonly fieldProblems?: number
  /** What the signed-in person may do to review it; given by `GET /api/documents/:id`. */
  readonly review?: ReviewRightsView
}

/**
 * A person's review rights on a document: comment, suggest changes (track changes), edit
 * directly, and the mode the editor opens in (`edition` or `suggestion`; always `suggestion`
 * for a person who may suggest but not edit).
 */
export interface ReviewRightsView {
  readonly comment: boolean
  readonly suggest: boolean
  readonly edit: boolean
  readonly defaultMode: 'edition' | 'suggestion'
}

/** The quality of a document as the index keeps it. */
export interface DocumentQualityView {
  readonly score: number
  /** Up to three weakest criteria, weakest first. */
  readonly weakest: readonly {
    readonly id: string
    readonly label: string
    readonly level: 'point-fort' | 'a-consolider' | 'axe-de-progres'
  }[]
}

/** `GET /api/documents/:id/export?format=json`: fiches action in the TDB RPE field order. */
export interface FicheActionExportView {
  readonly columns: readonly { readonly key: string; readonly header: string }[]
  /** One row per fiche action, keyed by column key, values as shown (French dates, labels). */
  readonly rows: readonly Readonly<Record<string, string>>[]
}

/**
 * `GET /api/home`: the accueil of the signed-in person. `recent` are the last changed documents
 * they can open; `changedSinceLastVisit` those changed by someone else since `previousVisitAt`
 * (null on a first visit, when nothing is listed as changed).
 */
export interface HomeView {
  readonly previousVisitAt: string | null
  readonly recent: readonly DocumentView[]
  readonly changedSinceLastVisit: readonly DocumentView[]
  /** The avis of the person's spaces not yet adopted that have a date limite, soonest first. */
  readonly avisDeadlines: readonly AvisDeadlineView[]
}

/** An avis to give and its date limite, on the accueil. */
export interface AvisDeadlineView {
  readonly document: DocumentView
  /** `YYYY-MM-DD`. */
  readonly dateLimite: string
  /** Days from today (Europe/Paris) to the date limite: 0 today, negative once passed. */
  readonly daysLeft: number
}
