import { z } from 'zod'
import { MAIL_FREQUENCIES, MAIL_KINDS } from '../../mail/MailKind.ts'

/**
 * How one account receives each kind of mail; a kind absent takes its default
 * (`DEFAULT_MAIL_FREQUENCY`).
 */
export const mailPreferencesSchema = z.object({
  accountId: z.string().min(1),
  frequencies: z.partialRecord(z.enum(MAIL_KINDS), z.enum(MAIL_FREQUENCIES)),
  updatedAt: z.iso.datetime(),
})
export type MailPreferences = z.infer<typeof mailPreferencesSchema>
