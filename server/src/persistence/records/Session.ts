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
  /**
   * For a session opened by an OpenID sign-in (ProConnect): the ID token it was given, the
   * `id_token_hint` of the logout at the provider.
   */
  oidcIdToken: z.string().min(1).max(16_384).optional(),
})
export type Session = z.infer<typeof sessionSchema>
