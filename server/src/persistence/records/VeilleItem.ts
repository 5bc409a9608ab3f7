import { z } from 'zod'

/** The statuses of a veille item: proposed by anyone, then published or set aside by curators. */
export const VeilleStatus = {
  Propose: 'propose',
  Publie: 'publie',
  Ecarte: 'ecarte',
} as const
export type VeilleStatus = (typeof VeilleStatus)[keyof typeof VeilleStatus]

/** How an item came in: typed by someone, or read from an external RSS/Atom feed. */
export const VeilleOriginKind = {
  Saisie: 'saisie',
  Import: 'import',
} as const
export type VeilleOriginKind = (typeof VeilleOriginKind)[keyof typeof VeilleOriginKind]

/** Bounds of a veille item's fields, shared by the record, the API input and the import. */
export const VEILLE_LIMITS = {
  titleLength: 300,
  urlLength: 2000,
  sourceLength: 200,
  summaryLength: 3000,
  thematiques: 12,
  territories: 30,
} as const

/**
 * A territory an item concerns: `region` (all of Hauts-de-France), a département code (`59`) or
 * the id of a CLPE's space (`clpe-59004`). Checked against the referential by the service.
 */
export const VEILLE_TERRITORY_PATTERN = /^(region|\d{2}|clpe-[0-9a-z]{1,10})$/

const personSchema = z.object({
  id: z.string().min(1),
  /** The name as it was then, shown beside the item. */
  name: z.string().min(1).max(120),
})

const httpUrlSchema = z
  .string()
  .min(1)
  .max(VEILLE_LIMITS.urlLength)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http or https URL')

/**
 * One item of the veille (watch): a study, a note or a piece of news about employment and
 * training, with its link, source, date, summary, themes and the territories it concerns.
 * `normalizedUrl` is its key against duplicates (`veille/normalizeVeilleUrl.ts`).
 */
export const veilleItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(VEILLE_LIMITS.titleLength),
  url: httpUrlSchema,
  normalizedUrl: z
    .string()
    .min(1)
    .max(VEILLE_LIMITS.urlLength + 100),
  source: z.string().min(1).max(VEILLE_LIMITS.sourceLength),
  /** Day of publication, `YYYY-MM-DD`. */
  publishedOn: z.iso.date(),
  summary: z.string().max(VEILLE_LIMITS.summaryLength),
  /** Values of the fiches action's `THEMATIQUE_OPTIONS`. */
  thematiques: z.array(z.string().min(1).max(50)).max(VEILLE_LIMITS.thematiques),
  territories: z.array(z.string().regex(VEILLE_TERRITORY_PATTERN)).max(VEILLE_LIMITS.territories),
  status: z.enum(Object.values(VeilleStatus) as [VeilleStatus, ...VeilleStatus[]]),
  /** Chosen by the curators for the next lettre d’information. */
  selectedForLettre: z.boolean(),
  addedBy: personSchema,
  addedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime().optional(),
  /** Last curator who published, set aside or selected it. */
  curatedBy: personSchema.optional(),
  curatedAt: z.iso.datetime().optional(),
  origin: z.object({
    kind: z.enum(Object.values(VeilleOriginKind) as [VeilleOriginKind, ...VeilleOriginKind[]]),
    /** For an import: the feed it was read from. */
    feedUrl: httpUrlSchema.optional(),
  }),
})
export type VeilleItem = z.infer<typeof veilleItemSchema>
