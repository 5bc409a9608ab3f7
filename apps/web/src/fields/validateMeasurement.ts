import { LINE_MAX_LENGTH } from '@maillage/schema'
import { NETWORK_TIME_ZONE } from '../ui/formatDate.ts'
import type { MeasurementInput } from '../api/measurementsApi.ts'

/** What a person typed in the « Saisir une nouvelle mesure » form. */
export interface MeasurementDraft {
  readonly date: string
  readonly valeur: string
  readonly commentaire: string
}

/** The French message of each field the form refuses. */
export type MeasurementErrors = Partial<Record<keyof MeasurementDraft, string>>

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
// Spaces a French number may hold between its thousands (plain, no-break, narrow no-break).
const GROUP_SEPARATORS = /[\s\u00a0\u202f]/g
const today = new Intl.DateTimeFormat('en-CA', { timeZone: NETWORK_TIME_ZONE })

/** Today in the network's time zone, `YYYY-MM-DD` (the form's default date). */
export function todayIsoDay(now: Date = new Date()): string {
  return today.format(now)
}

/** A number as French writes it (« 12,5 », « 1 200 »), or null when it is not one. */
export function parseFrenchNumber(text: string): number | null {
  const compact = text.replace(GROUP_SEPARATORS, '').replace(',', '.')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact)) return null
  const value = Number(compact)
  return Number.isFinite(value) ? value : null
}

/**
 * Checks a draft before it is sent: a real date not after today (`todayIso`), a number, a comment
 * of at most one line's length. Answers the body to send, or the errors to show.
 */
export function validateMeasurement(
  draft: MeasurementDraft,
  todayIso: string,
): { input: MeasurementInput } | { errors: MeasurementErrors } {
  const errors: MeasurementErrors = {}
  if (draft.date === '') errors.date = 'Indiquez la date de la mesure.'
  else if (!isIsoDay(draft.date)) errors.date = 'Saisissez une date valide, par exemple 15/03/2026.'
  else if (draft.date > todayIso)
    errors.date = 'Une mesure ne peut pas être datée après aujourd’hui.'
  const valeur = parseFrenchNumber(draft.valeur)
  if (draft.valeur.trim() === '') errors.valeur = 'Indiquez la valeur mesurée.'
  else if (valeur === null) errors.valeur = 'Saisissez un nombre, par exemple 12 ou 12,5.'
  const commentaire = draft.commentaire.trim()
  if (commentaire.length > LINE_MAX_LENGTH) {
    errors.commentaire = `Le commentaire dépasse ${LINE_MAX_LENGTH} caractères : raccourcissez-le.`
  }
  if (Object.keys(errors).length > 0 || valeur === null) return { errors }
  return {
    input: { date: draft.date, valeur, ...(commentaire === '' ? {} : { commentaire }) },
  }
}

function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}
