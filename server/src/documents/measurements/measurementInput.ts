import { z } from 'zod'

/** Earliest date a measurement may have. */
export const EARLIEST_MEASUREMENT_DATE = '2000-01-01'
/** Largest absolute value a measurement may have. */
export const MAX_MEASUREMENT_MAGNITUDE = 1e12
/** Longest comment of a measurement, in characters. */
export const MAX_MEASUREMENT_COMMENT_LENGTH = 300

/** A new measurement of an indicator, as a person enters it. */
export interface MeasurementInput {
  /** `YYYY-MM-DD`, from 2000 to today. */
  readonly date: string
  readonly valeur: number
  /** Trimmed; empty when none was given. */
  readonly commentaire: string
}

/**
 * The body of `POST /api/documents/:documentId/indicateurs/:indicatorId/mesures`, validated
 * against `today` (`YYYY-MM-DD` in Europe/Paris): a real date from 2000 to today, a finite value
 * of at most 10¹² in absolute value, an optional comment of at most 300 characters.
 */
export function measurementInputSchema(today: string): z.ZodType<MeasurementInput> {
  return z.strictObject({
    date: z
      .string({ error: 'Indiquez la date de la mesure (AAAA-MM-JJ).' })
      .pipe(z.iso.date({ error: 'Indiquez une date valide, au format AAAA-MM-JJ.' }))
      .refine((date) => date >= EARLIEST_MEASUREMENT_DATE, {
        error: 'La date de la mesure ne peut pas être antérieure à l’an 2000.',
      })
      .refine((date) => date <= today, {
        error: 'La date de la mesure ne peut pas être dans le futur.',
      }),
    valeur: z
      .number({ error: 'Indiquez la valeur mesurée (un nombre).' })
      .refine((value) => Number.isFinite(value) && Math.abs(value) <= MAX_MEASUREMENT_MAGNITUDE, {
        error:
          'La valeur mesurée doit être un nombre d’au plus mille milliards (en valeur absolue).',
      }),
    commentaire: z
      .string({ error: 'Le commentaire doit être un texte.' })
      .trim()
      .max(MAX_MEASUREMENT_COMMENT_LENGTH, {
        error: `Le commentaire ne peut pas dépasser ${MAX_MEASUREMENT_COMMENT_LENGTH} caractères.`,
      })
      .optional()
      .transform((comment) => comment ?? ''),
  })
}
