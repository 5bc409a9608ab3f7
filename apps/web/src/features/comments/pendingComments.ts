import type { CommentCreateBody, CommentReplyBody } from '@maillage/protocol'

/** A comment to send: a new thread, or a reply to one. */
export type NewComment =
  | { readonly kind: 'fil'; readonly body: CommentCreateBody }
  | { readonly kind: 'reponse'; readonly threadId: string; readonly body: CommentReplyBody }

/** A comment typed while the connection was down, kept on this device until it is sent. */
export type PendingComment = NewComment & { readonly localId: string }

/** Most comments kept waiting per document (beyond, the oldest are dropped from the device). */
const MAX_PENDING = 50

const keyOf = (documentId: string): string => `maillage:commentaires-en-attente:${documentId}`

/** The comments waiting to be sent for `documentId`, oldest first; none if unreadable. */
export function readPending(documentId: string): PendingComment[] {
  try {
    const raw = localStorage.getItem(keyOf(documentId))
    const parsed: unknown = raw === null ? [] : JSON.parse(raw)
    return Array.isArray(parsed) ? parsed.filter(isPending) : []
  } catch {
    // Storage unavailable (private browsing) or a damaged entry: nothing is waiting.
    return []
  }
}

/** Replaces the comments waiting for `documentId`. */
export function writePending(documentId: string, pending: readonly PendingComment[]): void {
  try {
    if (pending.length === 0) localStorage.removeItem(keyOf(documentId))
    else localStorage.setItem(keyOf(documentId), JSON.stringify(pending.slice(-MAX_PENDING)))
  } catch {
    // Storage full or unavailable: the comment stays in memory for this visit only.
  }
}

function isPending(value: unknown): value is PendingComment {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as { localId?: unknown; kind?: unknown; body?: unknown; threadId?: unknown }
  if (typeof entry.localId !== 'string' || typeof entry.body !== 'object') return false
  return entry.kind === 'fil' || (entry.kind === 'reponse' && typeof entry.threadId === 'string')
}
