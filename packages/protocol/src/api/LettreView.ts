import type { RichTextJson } from './RichTextJson.ts'

/** A published numéro of the lettre d’information, as the archive lists it. */
export interface LettreSummaryView {
  /** The numéro's document id (its reading page is `/lettre/<id>`). */
  readonly id: string
  readonly title: string
  readonly numero: number
  /** `YYYY-MM-DD` of its publication. */
  readonly dateParution: string
}

/** A numéro in preparation, as the regional team sees it on the lettre's page. */
export interface LettreDraftView {
  readonly id: string
  readonly title: string
  readonly numero: number
  /** Proof-read (« Bon à diffuser ») and unchanged since: it may be published. */
  readonly proofread: boolean
  /** The last proof-reading, even if the numéro changed since; absent if never proof-read. */
  readonly proofreading?: { readonly at: string; readonly byName: string }
}

/** `GET /api/lettres`: the archive, and what the person may prepare and publish. */
export interface LettreListView {
  /** Published numéros, newest first. */
  readonly editions: readonly LettreSummaryView[]
  /** Numéros in preparation (only for the regional team; empty for others). */
  readonly drafts: readonly LettreDraftView[]
  /** The person is of the regional team: prepares, proof-reads and publishes numéros. */
  readonly canManage: boolean
}

/** `POST /api/lettres`: prepares the next numéro (its title defaults to « Lettre d’information n° N »). */
export interface LettrePrepareBody {
  readonly titre?: string
}

/** Answer of `POST /api/lettres`: the new numéro's document, to edit. */
export interface LettrePreparedView {
  readonly documentId: string
  readonly numero: number
}

/** Answer of `POST /api/lettres/:id/publication`. */
export interface LettrePublishedView {
  readonly id: string
  /** `YYYY-MM-DD` of publication. */
  readonly dateParution: string
  /** Mails queued, one per subscriber. */
  readonly mailsQueued: number
}

/** `GET /api/lettres/:id`: a numéro to read. */
export interface LettreEditionView {
  readonly id: string
  readonly title: string
  readonly numero: number
  /** `YYYY-MM-DD`, '' while in preparation. */
  readonly dateParution: string
  readonly published: boolean
  readonly content: RichTextJson
}
