import { z } from 'zod'
import { LecteurReview, SpaceKind, isSpaceId } from '@maillage/schema'

/** A space: a CLPE, the CoRE, the regional space, the comité de pilotage or a working group. */
export const spaceSchema = z.object({
  id: z.string().refine(isSpaceId, 'invalid space id'),
  kind: z.enum(Object.values(SpaceKind) as [SpaceKind, ...SpaceKind[]]),
  name: z.string().min(1).max(120),
  description: z.string().max(2000),
  territory: z.object({ clpeCode: z.string(), departement: z.string() }).optional(),
  createdAt: z.iso.datetime(),
  /** What its lecteurs may do besides reading (absent: `DEFAULT_LECTEUR_REVIEW`). */
  relecture: z
    .object({
      lecteurs: z.enum(Object.values(LecteurReview) as [LecteurReview, ...LecteurReview[]]),
    })
    .optional(),
})
export type Space = z.infer<typeof spaceSchema>
