import { z } from 'zod'

// What the server's index keeps of a document for steering, so that the dashboards
// and the regional view never load a Y.Doc. Extracted from the validated fields by
// `pilotageIndexOf` at each indexing; bounded so that a record stays small.

/** Most indicators of one fiche the index keeps (in list order). */
export const MAX_INDEXED_INDICATORS = 20
/** Most recent measurements of one indicator the index keeps (the latest ones, by date). */
export const MAX_INDEXED_MEASUREMENTS = 24
/** Most fiches action of one feuille de route the index keeps (in list order). */
export const MAX_INDEXED_FICHE_LINKS = 200

const isoDay = z.union([z.literal(''), z.iso.date()])

/** One dated measurement as the index keeps it. */
export const indexedMeasurementSchema = z.object({
  /** `YYYY-MM-DD`. */
  date: z.iso.date(),
  value: z.number(),
})
export type IndexedMeasurement = z.infer<typeof indexedMeasurementSchema>

/** One indicator of a fiche action as the index keeps it. */
export const indicatorDigestSchema = z.object({
  /** The item's id in the fiche's `indicateurs` list. */
  id: z.string().min(1).max(100),
  /** `contexte`, `realisation`, `resultat`, `impact`, or `''` when not chosen. */
  level: z.string().max(20),
  label: z.string().max(200),
  unit: z.string().max(50),
  baseline: z.number().nullable(),
  baselineDate: isoDay,
  target: z.number().nullable(),
  targetDate: isoDay,
  /** The national KPI (CNE) it contributes to: a `NATIONAL_KPIS` value, or `''`. */
  kpi: z.string().max(60),
  /** The latest measurements with a date and a value, oldest first. */
  measurements: z.array(indexedMeasurementSchema).max(MAX_INDEXED_MEASUREMENTS),
})
export type IndicatorDigest = z.infer<typeof indicatorDigestSchema>

/** What the index keeps of a fiche action for steering. */
export const fichePilotageSchema = z.object({
  kind: z.literal('fiche-action'),
  indicators: z.array(indicatorDigestSchema).max(MAX_INDEXED_INDICATORS),
  /** Efficacité auto-évaluée of the bilan, 0–10, or null. */
  efficacite: z.number().nullable(),
  /** Reconduction of the bilan: `oui`, `peut-etre`, `non`, or `''`. */
  reconduction: z.string().max(20),
  nombreBeneficiaires: z.number().nullable(),
})
export type FichePilotage = z.infer<typeof fichePilotageSchema>

/** What the index keeps of a feuille de route for steering: its year and its fiches action. */
export const feuilleDeRoutePilotageSchema = z.object({
  kind: z.literal('feuille-de-route'),
  annee: z.number().int().nullable(),
  /** Ids of the fiches action its `fichesAction` list links, in list order, without repeats. */
  ficheIds: z.array(z.string().min(1).max(100)).max(MAX_INDEXED_FICHE_LINKS),
})
export type FeuilleDeRoutePilotage = z.infer<typeof feuilleDeRoutePilotageSchema>

/** The steering digest of a document, for the kinds that have one. */
export const pilotageIndexSchema = z.discriminatedUnion('kind', [
  fichePilotageSchema,
  feuilleDeRoutePilotageSchema,
])
export type PilotageIndex = z.infer<typeof pilotageIndexSchema>
