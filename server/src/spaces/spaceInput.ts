import { z } from 'zod'
import { EditingMode, LecteurReview, SpaceRole } from '@maillage/schema'

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

/** The body of a space's review setting: `{ lecteurs }`. */
export const lecteurReviewSchema = z.object({
  lecteurs: z.enum([LecteurReview.Lecture, LecteurReview.Commentaire, LecteurReview.Suggestion], {
    error: 'Choisissez : lecture, commentaire ou suggestion.',
  }),
})

/** The body of a member's default editing mode: `{ modeParDefaut }`. */
export const defaultModeSchema = z.object({
  modeParDefaut: z.enum([EditingMode.Edition, EditingMode.Suggestion], {
    error: 'Choisissez un mode : edition ou suggestion.',
  }),
})
