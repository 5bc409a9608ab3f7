/**
 * The roots of a document's Y.Doc. Every document has `title` (Y.Text, co-edited), `meta` (Y.Map:
 * kind, status and timestamps set by the server), `fields` (Y.Map: the structured fields of its
 * kind) and `body` (Y.XmlFragment: the rich text edited with Tiptap). Two kinds have more (issue #8):
 * - a `discussion` (a thread of the échanges) has `messages`: Y.Array of plain JSON values shaped
 *   like `ExchangeMessageView`, written by the server only (messages are posted through the API,
 *   which sets author and time);
 * - an `atelier` has `wall` (Y.Array of Y.Map: the sticky notes of its live session), `wallGroups`
 *   (Y.Array of Y.Map: the groups they are sorted into) and `session` (Y.Map: state and current
 *   agenda item, written by the server only, when the facilitator acts through the API).
 * An atelier's breakout groups: `groups` (Y.Map of plain values: state, groups, end; written by the
 * server only) and each group's `groupNotes-<n>` (Y.XmlFragment) and `groupWall-<n>` (Y.Array of
 * Y.Map, like `wall`), n = 1…12 (`breakoutGroups.ts`).
 * Every document may have `comments`: Y.Map of plain JSON values shaped like `CommentThreadView`,
 * keyed by thread id, written by the server only (comments are posted through the API; clients
 * anchor them with Yjs relative positions into `body`).
 */
export const DocumentRoot = {
  Title: 'title',
  Meta: 'meta',
  Fields: 'fields',
  Body: 'body',
  Messages: 'messages',
  Wall: 'wall',
  WallGroups: 'wallGroups',
  Session: 'session',
  Comments: 'comments',
  Groups: 'groups',
  /** Of an atelier: Y.Map noteId → total of the wall's dots, written by the server only. */
  WallVotes: 'wallVotes',
  /** Of an atelier: Y.Map of the wall's settings (anonymity, vote budget), server-written. */
  WallSettings: 'wallSettings',
  /** Of an atelier: Y.Map poll id → what participants see of a launched poll, server-written. */
  Polls: 'polls',
  /** Of an atelier: Y.Map cloud id → its prompt, state and counted words, server-written. */
  WordClouds: 'wordClouds',
  /** Of an atelier: Y.Map of the session's timer (plain values), written by the server only. */
  Timer: 'timer',
  /** Of an atelier: Y.Array of the raised hands in order (plain JSON), server-written. */
  Hands: 'hands',
  /** Of an atelier: Y.Array of the last reactions (plain JSON, trimmed), server-written. */
  Reactions: 'reactions',
} as const
export type DocumentRoot = (typeof DocumentRoot)[keyof typeof DocumentRoot]
