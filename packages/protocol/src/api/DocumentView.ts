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
}
