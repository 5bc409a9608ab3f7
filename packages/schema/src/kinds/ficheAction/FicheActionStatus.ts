import type { ChoiceOption } from '../FieldDefinition.ts'
import type { FieldValues } from '../FieldValues.ts'
import { stringValue } from '../fields/fieldValue.ts'

/** The statuses of a fiche action, in their life order (those of the TDB RPE). */
export const FicheActionStatus = {
  EnAttenteDeValidation: 'en-attente-de-validation',
  EnCours: 'en-cours',
  Terminee: 'terminee',
  Abandonnee: 'abandonnee',
} as const
export type FicheActionStatus = (typeof FicheActionStatus)[keyof typeof FicheActionStatus]

/** The statuses as choice options, with their French labels. */
export const FICHE_ACTION_STATUS_OPTIONS: readonly ChoiceOption[] = [
  { value: FicheActionStatus.EnAttenteDeValidation, label: 'En attente de validation' },
  { value: FicheActionStatus.EnCours, label: 'En cours' },
  { value: FicheActionStatus.Terminee, label: 'Terminée' },
  { value: FicheActionStatus.Abandonnee, label: 'Abandonnée' },
]

/** Name of the status field of a fiche action. */
export const FICHE_ACTION_STATUS_FIELD = 'statut'

/** Tells whether a fiche action is closed (terminée or abandonnée), so its bilan is expected. */
export function isBilanExpected(values: FieldValues): boolean {
  const status = stringValue(values, FICHE_ACTION_STATUS_FIELD)
  return status === FicheActionStatus.Terminee || status === FicheActionStatus.Abandonnee
}

/** A fiche not updated for this many days is stale (national rule of the TDB RPE). */
export const STALE_AFTER_DAYS = 30

const MS_PER_DAY = 86_400_000

/**
 * Tells whether a fiche last updated at `updatedAtIso` (ISO 8601) is stale at `nowMs` (ms since the
 * epoch): more than {@link STALE_AFTER_DAYS} days ago. An unreadable date counts as stale, so that
 * it gets looked at.
 */
export function isStale(updatedAtIso: string, nowMs: number): boolean {
  const updatedAt = Date.parse(updatedAtIso)
  if (Number.isNaN(updatedAt)) return true
  return nowMs - updatedAt > STALE_AFTER_DAYS * MS_PER_DAY
}
