import { z } from 'zod'
import { membershipSchema } from './Membership.ts'

/** A single-use, expiring link that makes whoever opens it a member of a space with a role. */
export const invitationSchema = z.object({
  id: z.string().min(1),
  /** SHA-256 of the secret in the link; the secret itself is shown once and never stored. */
  tokenHash: z.string().min(1),
  spaceId: membershipSchema.shape.spaceId,
  role: membershipSchema.shape.role,
  /** Optional: the address the invitation was meant for, shown to the animateur. */
  email: z.email().optional(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  usedAt: z.iso.datetime().optional(),
  usedBy: z.string().optional(),
  revokedAt: z.iso.datetime().optional(),
})
export type Invitation = z.infer<typeof invitationSchema>
