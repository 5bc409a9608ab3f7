import { randomUUID } from 'node:crypto'
import type * as Y from 'yjs'
import type {
  CommentMessageView,
  CommentStatusName,
  CommentThreadView,
  PersonRefView,
  ReviewRightsView,
} from '@maillage/protocol'
import { parseDocumentId } from '@maillage/protocol'
import { fieldsOf, kindDefinition } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { reviewRightsOf } from '../auth/reviewRights.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { loadReadableDocument } from '../documents/loadReadableDocument.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { findMentionCandidates } from '../exchanges/findMentionCandidates.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { CommentCreateInput, CommentReplyInput } from './commentInput.ts'
import { COMMENT_MESSAGES } from './commentMessages.ts'
import { CommentReaders } from './CommentReaders.ts'
import {
  countThreads,
  deleteThread,
  readThread,
  readThreads,
  writeThread,
} from './commentThreads.ts'
import { isAnchorInBody } from './isAnchorInBody.ts'

/** Most threads one document holds, resolved ones included. */
export const MAX_THREADS_PER_DOCUMENT = 2000

/** Most messages in one thread (the first included). */
export const MAX_MESSAGES_PER_THREAD = 200

/** Kind of the notification of a person mentioned in a comment (the échanges' own). */
const MENTION_NOTIFICATION_KIND = 'mention'

/**
 * Comments anchored in the text (or on a field) of any document: threads open, replied to,
 * resolved and reopened through the API, written by the server into the document's `comments`
 * root through `DocumentContent`, so that everyone editing sees them live. Who may comment is
 * `reviewRightsOf(…).comment`; whoever may read the document sees them (they are in its Y.Doc).
 * Each change reads and writes the thread inside one change of the document, so concurrent
 * requests never lose a message. Mentions notify (kind `mention`); every change is audited.
 */
export class CommentService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #notifications: NotificationService
  readonly #timers: Timers
  readonly #readers: CommentReaders

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    notifications: NotificationService
    timers: Timers
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#notifications = options.notifications
    this.#timers = options.timers
    this.#readers = new CommentReaders({ store: options.store })
  }

  /** What `actor` may do to review `record` (`DocumentView.review`), from its space and membership. */
  async reviewRights(actor: Actor, record: DocumentRecord): Promise<ReviewRightsView> {
    const [space, membership] = await Promise.all([
      this.#store.findSpace(record.spaceId),
      this.#store.findMembership(record.spaceId, actor.account.id),
    ])
    return reviewRightsOf(actor, record, space, membership)
  }

  /** The threads of a document `actor` may read, oldest first; `NOT_FOUND` otherwise. */
  async list(actor: Actor, documentId: string): Promise<CommentThreadView[]> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    return this.#content.read(parseDocumentId(record.id), readThreads)
  }

  /** Opens a thread on a passage or a field of the document with its first message. */
  async open(
    actor: Actor,
    documentId: string,
    input: CommentCreateInput,
  ): Promise<CommentThreadView> {
    const record = await this.#commentable(actor, documentId)
    const { ancre: anchor } = input
    if (anchor.type === 'champ') {
      const known = fieldsOf(kindDefinition(record.kind)).some(
        (field) => field.name === anchor.field,
      )
      if (!known) throw validation(COMMENT_MESSAGES.unknownField(anchor.field))
    }
    const message = await this.#message(actor, record, input.texte, input.mentions)
    const now = isoTime(this.#timers)
    const thread: CommentThreadView = {
      id: randomUUID(),
      anchor,
      status: 'ouvert',
      createdAt: now,
      messages: [message],
    }
    await this.#change(record, (doc) => {
      if (countThreads(doc) >= MAX_THREADS_PER_DOCUMENT) {
        throw new AppError(
          ErrorCode.Conflict,
          COMMENT_MESSAGES.tooManyThreads(MAX_THREADS_PER_DOCUMENT),
        )
      }
      if (
        anchor.type === 'texte' &&
        !(isAnchorInBody(doc, anchor.start) && isAnchorInBody(doc, anchor.end))
      ) {
        throw validation(COMMENT_MESSAGES.anchorOutsideText)
      }
      writeThread(doc, thread)
    })
    await this.#audit(actor, record, AuditAction.CommentThreadOpened, thread.id)
    await this.#notifyMentions(actor, record, thread.id, message.mentions)
    return thread
  }

  /** Adds a reply to a thread, resolved or not. */
  async reply(
    actor: Actor,
    documentId: string,
    threadId: string,
    input: CommentReplyInput,
  ): Promise<CommentThreadView> {
    const record = await this.#commentable(actor, documentId)
    const message = await this.#message(actor, record, input.texte, input.mentions)
    const thread = await this.#changeThread(record, threadId, (current) => {
      if (current.messages.length >= MAX_MESSAGES_PER_THREAD) {
        throw new AppError(
          ErrorCode.Conflict,
          COMMENT_MESSAGES.tooManyMessages(MAX_MESSAGES_PER_THREAD),
        )
      }
      return { ...current, messages: [...current.messages, message] }
    })
    await this.#audit(actor, record, AuditAction.CommentReplied, threadId)
    await this.#notifyMentions(actor, record, threadId, message.mentions)
    return thread
  }

  /** Resolves or reopens a thread; resolving records who and when, reopening forgets them. */
  async setStatus(
    actor: Actor,
    documentId: string,
    threadId: string,
    status: CommentStatusName,
  ): Promise<CommentThreadView> {
    const record = await this.#commentable(actor, documentId)
    const by: PersonRefView = { id: actor.account.id, name: actor.account.name }
    const at = isoTime(this.#timers)
    const thread = await this.#changeThread(record, threadId, (current) => {
      const { resolvedBy: _by, resolvedAt: _at, ...rest } = current
      return status === 'resolu'
        ? { ...rest, status, resolvedBy: by, resolvedAt: at }
        : { ...rest, status }
    })
    const action = status === 'resolu' ? AuditAction.CommentResolved : AuditAction.CommentReopened
    await this.#audit(actor, record, action, threadId)
    return thread
  }

  /**
   * Changes the text of one's own message (`editedAt` set); the people it newly mentions are
   * notified, not those it mentioned already.
   */
  async editMessage(
    actor: Actor,
    target: { documentId: string; threadId: string; messageId: string },
    input: CommentReplyInput,
  ): Promise<CommentThreadView> {
    const record = await this.#commentable(actor, target.documentId)
    const edited = await this.#message(actor, record, input.texte, input.mentions)
    const before: string[] = []
    const thread = await this.#changeThread(record, target.threadId, (current) => {
      this.#assertAuthor(actor, current, target.messageId)
      return {
        ...current,
        messages: current.messages.map((message) => {
          if (message.id !== target.messageId) return message
          before.push(...message.mentions)
          return {
            ...message,
            text: edited.text,
            mentions: edited.mentions,
            editedAt: edited.createdAt,
          }
        }),
      }
    })
    await this.#audit(actor, record, AuditAction.CommentEdited, target.threadId)
    const known = new Set(before)
    const added = edited.mentions.filter((id) => !known.has(id))
    await this.#notifyMentions(actor, record, target.threadId, added)
    return thread
  }

  /**
   * Deletes one's own message; a thread whose last message goes is deleted with it. Resolves with
   * the thread as it is now, or null when it is gone.
   */
  async deleteMessage(
    actor: Actor,
    target: { documentId: string; threadId: string; messageId: string },
  ): Promise<CommentThreadView | null> {
    const record = await this.#commentable(actor, target.documentId)
    const outcome: (CommentThreadView | null)[] = []
    await this.#change(record, (doc) => {
      const current = readThread(doc, target.threadId)
      if (current === null) throw new AppError(ErrorCode.NotFound, COMMENT_MESSAGES.threadNotFound)
      this.#assertAuthor(actor, current, target.messageId)
      const messages = current.messages.filter((message) => message.id !== target.messageId)
      if (messages.length === 0) {
        deleteThread(doc, current.id)
        outcome.push(null)
        return
      }
      const next = { ...current, messages }
      writeThread(doc, next)
      outcome.push(next)
    })
    await this.#audit(actor, record, AuditAction.CommentDeleted, target.threadId)
    return outcome[0] ?? null
  }

  /** `NOT_FOUND` when the thread has no such message, `AUTH_FORBIDDEN` when it is someone else's. */
  #assertAuthor(actor: Actor, thread: CommentThreadView, messageId: string): void {
    const message = thread.messages.find((candidate) => candidate.id === messageId)
    if (message === undefined) {
      throw new AppError(ErrorCode.NotFound, COMMENT_MESSAGES.threadNotFound)
    }
    assertAllowed(message.author.id === actor.account.id, COMMENT_MESSAGES.notAuthor)
  }

  /** The members of the document's space offered after `@query` to someone who may comment. */
  async mentionCandidates(
    actor: Actor,
    documentId: string,
    query: string,
  ): Promise<PersonRefView[]> {
    const record = await this.#commentable(actor, documentId)
    return findMentionCandidates(await this.#readers.membersOf(record), query, actor.account.id)
  }

  /** The document, if `actor` may comment it: `NOT_FOUND` when they may not read it, else `AUTH_FORBIDDEN`. */
  async #commentable(actor: Actor, documentId: string): Promise<DocumentRecord> {
    const record = await loadReadableDocument(this.#store, actor, documentId)
    assertAllowed((await this.reviewRights(actor, record)).comment, COMMENT_MESSAGES.notAllowed)
    return record
  }

  async #message(
    actor: Actor,
    record: DocumentRecord,
    text: string,
    mentionIds: readonly string[] = [],
  ): Promise<CommentMessageView> {
    const mentioned = await this.#readers.mentioned(actor, record, { ids: mentionIds, text })
    return {
      id: randomUUID(),
      author: { id: actor.account.id, name: actor.account.name },
      text,
      createdAt: isoTime(this.#timers),
      mentions: [...mentioned.keys()],
    }
  }

  /** Rewrites thread `threadId` with `update` of its current value, in one change. */
  async #changeThread(
    record: DocumentRecord,
    threadId: string,
    update: (current: CommentThreadView) => CommentThreadView,
  ): Promise<CommentThreadView> {
    const changed: CommentThreadView[] = []
    await this.#change(record, (doc) => {
      const current = readThread(doc, threadId)
      if (current === null) throw new AppError(ErrorCode.NotFound, COMMENT_MESSAGES.threadNotFound)
      const next = update(current)
      writeThread(doc, next)
      changed.push(next)
    })
    const [thread] = changed
    // `DocumentContent.change` runs `apply` before it resolves, or rejects.
    if (thread === undefined) throw new Error(`thread ${threadId} was not changed`)
    return thread
  }

  #change(record: DocumentRecord, apply: (doc: Y.Doc) => void): Promise<void> {
    return this.#content.change(parseDocumentId(record.id), apply)
  }

  async #audit(
    actor: Actor,
    record: DocumentRecord,
    action: AuditAction,
    threadId: string,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: record.id,
      details: { threadId },
    })
  }

  async #notifyMentions(
    actor: Actor,
    record: DocumentRecord,
    threadId: string,
    mentions: readonly string[],
  ): Promise<void> {
    if (mentions.length === 0) return
    await this.#notifications.notifyAll(mentions, {
      kind: MENTION_NOTIFICATION_KIND,
      message: `${actor.account.name} vous a mentionné dans un commentaire de «\u00a0${record.title}\u00a0».`,
      link: `/documents/${record.id}#commentaire-${threadId}`,
    })
  }
}

function validation(message: string): AppError {
  return new AppError(ErrorCode.ValidationFailed, message)
}
