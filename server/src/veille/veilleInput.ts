import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import { z } from 'zod'
import { VEILLE_LIMITS, VeilleStatus } from '../persistence/records/VeilleItem.ts'
import { isKnownVeilleTerritory } from './veilleTerritories.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const THEMATIQUE_VALUES = THEMATIQUE_OPTIONS.map((option) => option.value)
const STATUS_VALUES = Object.values(VeilleStatus) as [VeilleStatus, ...VeilleStatus[]]

/** True for an absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    // Not parseable: not a URL, which is the answer.
    return false
  }
}

const urlSchema = z
  .string()
  .trim()
  .min(1)
  .max(VEILLE_LIMITS.urlLength)
  .refine(isHttpUrl, 'Saisissez une adresse web complète, commençant par https://')

const thematiquesSchema = z
  .array(z.string().refine((value) => THEMATIQUE_VALUES.includes(value), 'Thématique inconnue.'))
  .max(VEILLE_LIMITS.thematiques)
  .transform((values) => [...new Set(values)])

const territoriesSchema = z
  .array(z.string().refine(isKnownVeilleTerritory, 'Territoire inconnu.'))
  .max(VEILLE_LIMITS.territories)
  .transform((values) => [...new Set(values)])

const fields = {
  title: z.string().trim().min(1).max(VEILLE_LIMITS.titleLength),
  url: urlSchema,
  source: z.string().trim().min(1).max(VEILLE_LIMITS.sourceLength),
  publishedOn: z.iso.date(),
  summary: z.string().trim().max(VEILLE_LIMITS.summaryLength),
  thematiques: thematiquesSchema,
  territories: territoriesSchema,
}

/** `POST /api/veille`: a new item. */
export const veilleItemBodySchema = z.lazy(() =>
  z.object({
    ...fields,
    summary: fields.summary.default(''),
    thematiques: fields.thematiques.default([]),
    territories: fields.territories.default([]),
  }),
)
export type VeilleItemInput = z.infer<typeof veilleItemBodySchema>

/** `PATCH /api/veille/:id`: the fields changed. */
export const veilleItemPatchSchema = z
  .object(fields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Indiquez au moins un champ à modifier.')
export type VeilleItemPatch = z.infer<typeof veilleItemPatchSchema>

/** `POST /api/veille/:id/curation`. */
export const veilleCurationSchema = z
  .object({ status: z.enum(STATUS_VALUES).optional(), selectedForLettre: z.boolean().optional() })
  .refine(
    (change) => change.status !== undefined || change.selectedForLettre !== undefined,
    'Indiquez un statut ou la sélection pour la lettre.',
  )
export type VeilleCurationInput = z.infer<typeof veilleCurationSchema>

/** `POST /api/veille/import`. */
export const veilleImportSchema = z.lazy(() => z.object({ url: urlSchema }))

/** Most items one answer lists. */
export const MAX_VEILLE_LIST_LIMIT = 500

/** The filters of `GET /api/veille` and of the feeds, as the address spells them (French). */
export const veilleQuerySchema = z.lazy(() =>
  z.object({
    thematique: z
      .string()
      .max(50)
      .refine((value) => THEMATIQUE_VALUES.includes(value))
      .optional(),
    territoire: z.string().max(20).refine(isKnownVeilleTerritory).optional(),
    source: z.string().trim().max(VEILLE_LIMITS.sourceLength).optional(),
    du: z.iso.date().optional(),
    au: z.iso.date().optional(),
    statut: z.enum(STATUS_VALUES).optional(),
    lettre: z.enum(['oui', 'non']).optional(),
    limite: z.coerce.number().int().min(1).max(MAX_VEILLE_LIST_LIMIT).optional(),
  }),
)
export type VeilleQuery = z.infer<typeof veilleQuerySchema>
