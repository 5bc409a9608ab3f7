import { z } from 'zod'

/**
 * A signed-in browser. Only the SHA-256 of the session token is stored, so a copy of the data
 * directory does not let anyone sign in; `csrfToken` must accompany every state-changing request.
 */
export const sessionSchema = z.object({
  tokenHash: z.string().min(1),
  accountId: z.string().min(1),
  csrfToken: z.string().min(1),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
})
export type Session = z.infer<typeof sessionSchema>
