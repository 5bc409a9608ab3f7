import { z } from 'zod'
import { EditingMode, LecteurReview, SpaceRole } from '@maillage/schema'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** A role in a space, as a request names it. */
export const spaceRoleSchema = z.lazy(() =>
  z.enum([SpaceRole.Animateur, SpaceRole.Contributeur, SpaceRole.Lecteur], {
    error: 'Choisissez un rôle : animateur, contributeur ou lecteur.',
  }),
)

/** The form of a new working group. */
export const newSpaceSchema = z.lazy(() =>
  z.object({
    name: z.string().trim().min(1, 'Donnez un nom au groupe de travail.').max(120),
    description: z.string().trim().max(2000).default(''),
  }),
)
/** A new working group, validated. */
export type NewSpaceInput = z.infer<typeof newSpaceSchema>

/** The body of a role change: `{ role }`. */
export const memberRoleSchema = z.lazy(() => z.object({ role: spaceRoleSchema }))

/** The body of a space's review setting: `{ lecteurs }`. */
export const lecteurReviewSchema = z.lazy(() =>
  z.object({
    lecteurs: z.enum([LecteurReview.Lecture, LecteurReview.Commentaire, LecteurReview.Suggestion], {
      error: 'Choisissez : lecture, commentaire ou suggestion.',
    }),
  }),
)

/** The body of a member's default editing mode: `{ modeParDefaut }`. */
export const defaultModeSchema = z.lazy(() =>
  z.object({
    modeParDefaut: z.enum([EditingMode.Edition, EditingMode.Suggestion], {
      error: 'Choisissez un mode : edition ou suggestion.',
    }),
  }),
)
