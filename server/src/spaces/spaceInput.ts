import { z } from 'zod'
import { SpaceRole } from '@maillage/schema'

/** A role in a space, as a request names it. */
export const spaceRoleSchema = z.enum(
  [SpaceRole.Animateur, SpaceRole.Contributeur, SpaceRole.Lecteur],
  { error: 'Choisissez un rôle : animateur, contributeur ou lecteur.' },
)

/** The form of a new working group. */
export const newSpaceSchema = z.object({
  name: z.string().trim().min(1, 'Donnez un nom au groupe de travail.').max(120),
  description: z.string().trim().max(2000).default(''),
})
/** A new working group, validated. */
export type NewSpaceInput = z.infer<typeof newSpaceSchema>

/** The body of a role change: `{ role }`. */
export const memberRoleSchema = z.object({ role: spaceRoleSchema })
