import { z } from 'zod'
import { PROGRAMME_LINE_LIMITS, ProgrammeLineKind } from '../persistence/records/ProgrammeLine.ts'
import { ProgrammeLinkKind } from '../persistence/records/ProgrammeLink.ts'
import { PROGRAMME_VERSION_LIMITS, ProgrammeStep } from '../persistence/records/ProgrammeVersion.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const trimmed = (max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} est obligatoire.`)
    .max(max, `${what} fait au plus ${max} caractères.`)

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} fait au plus ${max} caractères.`)
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value))

/** Body of `POST /api/gouvernance/programme/versions`. */
export const programmeVersionCreateSchema = z.lazy(() =>
  z.object({
    title: trimmed(PROGRAMME_VERSION_LIMITS.titleLength, 'Le titre'),
  }),
)

/** Body of a new line, or of a line's change (every field given again). */
export const programmeLineBodySchema = z.lazy(() =>
  z.object({
    partner: trimmed(PROGRAMME_LINE_LIMITS.partnerLength, 'Le partenaire'),
    kind: z.enum(Object.values(ProgrammeLineKind) as [ProgrammeLineKind, ...ProgrammeLineKind[]], {
      error: 'Choisissez le type de contribution.',
    }),
    title: trimmed(PROGRAMME_LINE_LIMITS.titleLength, 'Le titre'),
    description: z
      .string()
      .trim()
      .max(PROGRAMME_LINE_LIMITS.descriptionLength, 'La description est trop longue.')
      .default(''),
    audience: optionalText(PROGRAMME_LINE_LIMITS.audienceLength, 'Le public visé'),
    period: optionalText(PROGRAMME_LINE_LIMITS.periodLength, 'La période'),
    clpeSpaceIds: z
      .array(z.string().regex(/^clpe-[0-9a-z]{1,10}$/, 'Ce CLPE n’existe pas.'))
      .max(PROGRAMME_LINE_LIMITS.clpeSpaceIds, 'Trop de CLPE : laissez vide pour tous.')
      .optional()
      .transform((ids) => (ids === undefined || ids.length === 0 ? undefined : [...new Set(ids)])),
    targetClpeCount: z
      .number()
      .int('La cible est un nombre entier de CLPE.')
      .positive('La cible est d’au moins un CLPE.')
      .max(PROGRAMME_LINE_LIMITS.targetClpeCount, 'Cette cible est trop grande.')
      .optional(),
  }),
)
export type ProgrammeLineInput = z.infer<typeof programmeLineBodySchema>

/** Body of `POST …/versions/:id/etape`. */
export const programmeStepSchema = z.lazy(() =>
  z.object({
    to: z.enum(Object.values(ProgrammeStep) as [ProgrammeStep, ...ProgrammeStep[]], {
      error: 'Cette étape n’existe pas.',
    }),
  }),
)

/** Body of `POST …/versions/:id/renvoi`. */
export const programmeSendBackSchema = z.lazy(() =>
  z.object({
    reason: trimmed(PROGRAMME_VERSION_LIMITS.reasonLength, 'Le motif'),
  }),
)

/** Parameters of `GET …/comparaison/:de/:a` (from version `de` to version `a`). */
export const programmeComparisonParamsSchema = z.lazy(() =>
  z.object({
    de: z.string().min(1).max(100),
    a: z.string().min(1).max(100),
  }),
)

const linkKindSchema = z.lazy(() =>
  z.enum(Object.values(ProgrammeLinkKind) as [ProgrammeLinkKind, ...ProgrammeLinkKind[]], {
    error: 'Choisissez un atelier, un outil ou un document.',
  }),
)

/** Body of `POST /api/gouvernance/programme/liens`. */
export const programmeLinkBodySchema = z.lazy(() =>
  z.object({
    lineId: z.string().min(1).max(100),
    target: z.object({ kind: linkKindSchema, id: z.string().trim().min(1).max(100) }),
  }),
)
export type ProgrammeLinkInput = z.infer<typeof programmeLinkBodySchema>

/** Parameters of `GET …/cibles/:kind/:id`. */
export const programmeTargetParamsSchema = z.lazy(() =>
  z.object({
    kind: linkKindSchema,
    id: z.string().min(1).max(100),
  }),
)
