import { z } from 'zod'

/** A personal access token for scripts (`Authorization: Bearer` or `?token=`); acts as its owner. */
export const accessTokenSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  name: z.string().min(1).max(80),
  /** SHA-256 of the token; the token itself is shown once at creation. */
  tokenHash: z.string().min(1),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().optional(),
  revokedAt: z.iso.datetime().optional(),
})
export type AccessToken = z.infer<typeof accessTokenSchema>
