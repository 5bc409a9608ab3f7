import { z } from 'zod'
import { mailMessageSchema } from '../../mail/MailMessage.ts'

/** One event kept for an account's daily digest (a kind whose frequency is `quotidien`). */
export const mailDigestEntrySchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  message: mailMessageSchema,
  createdAt: z.iso.datetime(),
})
export type MailDigestEntry = z.infer<typeof mailDigestEntrySchema>
