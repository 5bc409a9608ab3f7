import { z } from 'zod'
import { EditingMode, SpaceRole } from '@maillage/schema'
import { spaceSchema } from './Space.ts'

/** A person's role in a space; at most one per (space, account). */
export const membershipSchema = z.object({
  spaceId: spaceSchema.shape.id,
  accountId: z.string().min(1),
  role: z.enum(Object.values(SpaceRole) as [SpaceRole, ...SpaceRole[]]),
  createdAt: z.iso.datetime(),
  /** How the editor opens for this person in this space (absent: `edition`). */
  modeParDefaut: z.enum(Object.values(EditingMode) as [EditingMode, ...EditingMode[]]).optional(),
})
export type Membership = z.infer<typeof membershipSchema>
