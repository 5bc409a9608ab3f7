import { z } from 'zod'
import { spaceRoleSchema } from '../spaces/spaceInput.ts'

/** The form of a new invitation: the role it gives, and optionally whom it is for. */
export const newInvitationSchema = z.object({
  role: spaceRoleSchema,
  email: z.email('Saisissez une adresse électronique valide.').optional(),
})
/** A new invitation's form, validated. */
export type NewInvitationInput = z.infer<typeof newInvitationSchema>
