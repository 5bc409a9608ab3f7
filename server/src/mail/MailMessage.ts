import { z } from 'zod'
import { MAIL_KINDS } from './MailKind.ts'

/** Longest subject kept (a mail client shows far less). */
export const MAX_MAIL_SUBJECT = 200
/** Most paragraphs in one message, and the longest of them. */
export const MAX_MAIL_PARAGRAPHS = 20
export const MAX_MAIL_PARAGRAPH = 2000

/**
 * What a mail says, in plain French text: the mail's HTML and text parts and its footer are made
 * from it (`renderMail`). `action.path` is a path of the web app, made absolute with
 * `MAILLAGE_PUBLIC_URL`.
 */
export const mailMessageSchema = z.object({
  kind: z.enum(MAIL_KINDS),
  subject: z.string().min(1).max(MAX_MAIL_SUBJECT),
  heading: z.string().min(1).max(300),
  paragraphs: z.array(z.string().max(MAX_MAIL_PARAGRAPH)).max(MAX_MAIL_PARAGRAPHS),
  action: z
    .object({
      label: z.string().min(1).max(200),
      path: z.string().startsWith('/').max(2000),
    })
    .optional(),
})
export type MailMessage = z.infer<typeof mailMessageSchema>
