import { z } from 'zod'
import { MAIL_KINDS } from '../../mail/MailKind.ts'

/**
 * An address that asked (one-click unsubscribe) to receive no more mails of one kind while it had
 * no account, e.g. from an invitation. An account of that address later starts from it.
 */
export const mailAddressOptOutSchema = z.object({
  /** Lower-cased. */
  address: z.email().max(254),
  kind: z.enum(MAIL_KINDS),
  createdAt: z.iso.datetime(),
})
export type MailAddressOptOut = z.infer<typeof mailAddressOptOutSchema>
