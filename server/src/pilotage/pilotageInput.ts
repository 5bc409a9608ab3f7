import { z } from 'zod'
import { PUBLIC_OPTIONS, THEMATIQUE_OPTIONS, type PilotageFilters } from '@maillage/schema'

const valuesOf = (options: readonly { readonly value: string }[]): [string, ...string[]] =>
  options.map((option) => option.value) as [string, ...string[]]

/** An empty query parameter (`?thematique=`) means no filter, as an absent one. */
const emptyAsAbsent = (value: unknown): unknown => (value === '' ? undefined : value)

/**
 * Query of `GET /api/espaces/:spaceId/pilotage` and `GET /api/pilotage/region`: a thématique and a
 * public of the fiche action's options, each optional; any other value is refused.
 */
export const pilotageQuerySchema = z
  .object({
    thematique: z.preprocess(
      emptyAsAbsent,
      z
        .enum(valuesOf(THEMATIQUE_OPTIONS), {
          error: 'Cette thématique n’existe pas : choisissez-en une de la liste.',
        })
        .optional(),
    ),
    public: z.preprocess(
      emptyAsAbsent,
      z
        .enum(valuesOf(PUBLIC_OPTIONS), {
          error: 'Ce public n’existe pas : choisissez-en un de la liste.',
        })
        .optional(),
    ),
  })
  .transform(({ thematique, public: publicValue }): PilotageFilters => ({
    ...(thematique === undefined ? {} : { thematique }),
    ...(publicValue === undefined ? {} : { public: publicValue }),
  }))
