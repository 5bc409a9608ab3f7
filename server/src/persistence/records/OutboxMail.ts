import { z } from 'zod'
import { MAIL_KINDS } from '../../mail/MailKind.ts'

/** Largest text and HTML part of one mail, in characters (a digest of 100 entries fits). */
export const MAX_MAIL_TEXT = 200_000
export const MAX_MAIL_HTML = 400_000

/**
 * A mail of the outbox, rendered, waiting to be sent or kept a while after: the queue worker
 * claims it when `nextAttemptAt` has passed (moving `nextAttemptAt` past its lease, so no other
 * process takes it), then sets `sentAt`, or counts the failed attempt and sets the next one, or
 * gives up with `failedAt`.
 */
export const outboxMailSchema = z.object({
  id: z.string().min(1),
  /** The recipient's address, lower-cased. */
  to: z.email().max(254),
  /** The account it is for; absent for an address without account (an invitation). */
  accountId: z.string().min(1).optional(),
  kind: z.enum(MAIL_KINDS),
  subject: z.string().min(1).max(300),
  text: z.string().max(MAX_MAIL_TEXT),
  html: z.string().max(MAX_MAIL_HTML),
  /** Extra headers (`List-Unsubscribe`, `List-Unsubscribe-Post`). */
  headers: z.record(z.string().regex(/^[A-Za-z-]{1,60}$/), z.string().max(2000)),
  createdAt: z.iso.datetime(),
  /** Failed attempts so far. */
  attempts: z.number().int().min(0),
  nextAttemptAt: z.iso.datetime(),
  sentAt: z.iso.datetime().optional(),
  /** Set when the worker gave up (three days of failures). */
  failedAt: z.iso.datetime().optional(),
  lastError: z.string().max(1000).optional(),
})
export type OutboxMail = z.infer<typeof outboxMailSchema>
