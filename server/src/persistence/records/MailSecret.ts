import { z } from 'zod'

/**
 * The server's secret that signs the unsubscribe links of mails (HMAC), made once and shared by
 * every process of the workspace through the store.
 */
export const mailSecretSchema = z.object({
  id: z.literal('unsubscribe'),
  secret: z.string().min(32).max(200),
  createdAt: z.iso.datetime(),
})
export type MailSecret = z.infer<typeof mailSecretSchema>
