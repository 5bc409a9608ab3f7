import type * as Y from 'yjs'
import { z } from 'zod'
import type { CommentThreadView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { commentAnchorSchema } from './commentInput.ts'

const person = z.object({ id: z.string(), name: z.string() })

/** A thread as the server writes it into the `comments` root (`CommentThreadView`). */
const commentThreadSchema = z.object({
  id: z.string(),
  anchor: commentAnchorSchema,
  status: z.enum(['ouvert', 'resolu']),
  resolvedBy: person.optional(),
  resolvedAt: z.string().optional(),
  createdAt: z.string(),
  messages: z.array(
    z.object({
      id: z.string(),
      author: person,
      text: z.string(),
      createdAt: z.string(),
      editedAt: z.string().optional(),
      mentions: z.array(z.string()),
    }),
  ),
})

/** The `comments` root of a document: thread id → thread, written by the server only. */
function threadsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(DocumentRoot.Comments)
}

/**
 * The thread `id` of `doc`, or null when it has none by that id. A value of another shape (which
 * only a bug of the server could write, since clients may not write this root) reads as none.
 */
export function readThread(doc: Y.Doc, id: string): CommentThreadView | null {
  const parsed = commentThreadSchema.safeParse(threadsMap(doc).get(id))
  return parsed.success ? parsed.data : null
}

/** Every thread of `doc`, oldest first. */
export function readThreads(doc: Y.Doc): CommentThreadView[] {
  const threads: CommentThreadView[] = []
  for (const value of threadsMap(doc).values()) {
    const parsed = commentThreadSchema.safeParse(value)
    if (parsed.success) threads.push(parsed.data)
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** How many threads `doc` holds, resolved ones included. */
export function countThreads(doc: Y.Doc): number {
  return threadsMap(doc).size
}

/** Writes `thread` whole under its id (a thread is one plain JSON value). */
export function writeThread(doc: Y.Doc, thread: CommentThreadView): void {
  threadsMap(doc).set(thread.id, thread)
}

/** Removes thread `id` (its last message was deleted by its author). */
export function deleteThread(doc: Y.Doc, id: string): void {
  threadsMap(doc).delete(id)
}
