import type { PersonRefView } from './ToolboxView.ts'

/**
 * A Yjs relative position as `Y.relativePositionToJSON` writes it: the item it sticks to (`item`),
 * or the end of a type (`tname` for a root, `type` for a nested one), and `assoc` (≥ 0: sticks to
 * the character after it, < 0: to the one before).
 */
export interface RelativePositionJsonView {
  readonly type?: { readonly client: number; readonly clock: number } | null
  readonly tname?: string | null
  readonly item?: { readonly client: number; readonly clock: number } | null
  readonly assoc?: number
}

/**
 * Where a thread is anchored: a passage of the rich text (`texte`, between two relative positions
 * of the `body` root, with the text it covered when the thread was opened) or a structured field of
 * the document's kind (`champ`, by its name).
 */
export type CommentAnchorView =
  | {
      readonly type: 'texte'
      readonly start: RelativePositionJsonView
      readonly end: RelativePositionJsonView
      /** The passage as it read when commented, at most 300 characters. */
      readonly quote: string
    }
  | {
      readonly type: 'champ'
      /** Name of the field (`objectif`, `indicateurs`…). */
      readonly field: string
      readonly quote?: string
    }

/** `ouvert` | `resolu`. */
export type CommentStatusName = 'ouvert' | 'resolu'

/** One message of a thread of comments. */
export interface CommentMessageView {
  readonly id: string
  readonly author: PersonRefView
  /** Plain text; mentions are written `@Name` in it. */
  readonly text: string
  readonly createdAt: string
  readonly editedAt?: string
  /** Ids of the accounts mentioned (and notified). */
  readonly mentions: readonly string[]
}

/**
 * A thread of comments, as the server writes it (a plain JSON value keyed by its id) into the
 * `comments` root of the document's Y.Doc, and as the comment routes answer it.
 */
export interface CommentThreadView {
  readonly id: string
  readonly anchor: CommentAnchorView
  readonly status: CommentStatusName
  readonly resolvedBy?: PersonRefView
  readonly resolvedAt?: string
  readonly createdAt: string
  readonly messages: readonly CommentMessageView[]
}

/** `POST /api/documents/:id/commentaires`: opens a thread. */
export interface CommentCreateBody {
  readonly ancre: CommentAnchorView
  readonly texte: string
  /** Ids of the people mentioned as `@Name` in `texte` (each must read the document). */
  readonly mentions?: readonly string[]
}

/** `POST /api/documents/:id/commentaires/:threadId/reponses`: replies to a thread. */
export interface CommentReplyBody {
  readonly texte: string
  readonly mentions?: readonly string[]
}

/** `PUT /api/documents/:id/commentaires/:threadId/statut`: resolves or reopens a thread. */
export interface CommentStatusBody {
  readonly statut: CommentStatusName
}
