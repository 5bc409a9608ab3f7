import { z } from 'zod'

/** The form of a new personal access token. */
export const newAccessTokenSchema = z.object({
  name: z.string().trim().min(1, 'Nommez le jeton (à quoi sert-il ?).').max(80),
  expiresInDays: z.number().int().min(1).max(365).optional(),
})
/** A new access token's form, validated. */
export type NewAccessTokenInput = z.infer<typeof newAccessTokenSchema>
