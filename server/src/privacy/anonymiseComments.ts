import type * as Y from 'yjs'
import type { CommentMessageView, CommentThreadView, PersonRefView } from '@maillage/protocol'
import { readThreads, writeThread } from '../comments/commentThreads.ts'
import { FORMER_MEMBER_IN_CONTENT } from './formerMember.ts'

/**
 * Replaces a deleted person's name in the comments of a document (root `comments`) by « ancien
 * membre »: the author of their messages, who resolved a thread, and `@Name` where a message
 * mentions them (a mention is the account's id in `mentions` and its name written in the text).
 * A thread is one plain JSON value: one that changes is written whole. Returns whether anything
 * changed.
 */
export function anonymiseComments(
  doc: Y.Doc,
  person: { accountId: string; name: string },
): boolean {
  let changed = false
  for (const thread of readThreads(doc)) {
    const next = anonymiseThread(thread, person)
    if (next === thread) continue
    writeThread(doc, next)
    changed = true
  }
  return changed
}

function anonymiseThread(
  thread: CommentThreadView,
  person: { accountId: string; name: string },
): CommentThreadView {
  const messages = thread.messages.map((message) => anonymiseMessage(message, person))
  const resolvedBy = renamed(thread.resolvedBy, person.accountId)
  const same =
    resolvedBy === thread.resolvedBy &&
    messages.every((message, index) => message === thread.messages[index])
  if (same) return thread
  return { ...thread, messages, ...(resolvedBy === undefined ? {} : { resolvedBy }) }
}

function anonymiseMessage(
  message: CommentMessageView,
  person: { accountId: string; name: string },
): CommentMessageView {
  const author = renamed(message.author, person.accountId) ?? message.author
  const mention = `@${person.name}`
  const text =
    message.mentions.includes(person.accountId) &&
    person.name !== '' &&
    message.text.includes(mention)
      ? message.text.split(mention).join(`@${FORMER_MEMBER_IN_CONTENT}`)
      : message.text
  if (author === message.author && text === message.text) return message
  return { ...message, author, text }
}

// The same reference when it is not theirs or already anonymised, so that nothing is rewritten.
function renamed(who: PersonRefView | undefined, accountId: string): PersonRefView | undefined {
  if (who === undefined || who.id !== accountId || who.name === FORMER_MEMBER_IN_CONTENT) return who
  return { id: accountId, name: FORMER_MEMBER_IN_CONTENT }
}
