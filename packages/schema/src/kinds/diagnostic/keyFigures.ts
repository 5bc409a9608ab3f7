import type { ChoiceOption } from '../FieldDefinition.ts'
import type { ItemValues } from '../FieldValues.ts'
import { numberValue, stringValue } from '../fields/fieldValue.ts'
import { formatFrenchNumber } from '../format/formatFrenchNumber.ts'

/** What a key figure measures: only counts of people or establishments fall under secrecy. */
export const KeyFigureNature = {
  Effectif: 'effectif',
  Taux: 'taux',
  Autre: 'autre',
} as const
export type KeyFigureNature = (typeof KeyFigureNature)[keyof typeof KeyFigureNature]

/** The natures as choice options. */
export const KEY_FIGURE_NATURE_OPTIONS: readonly ChoiceOption[] = [
  { value: KeyFigureNature.Effectif, label: 'Effectif (personnes, établissements…)' },
  { value: KeyFigureNature.Taux, label: 'Taux ou part (%)' },
  { value: KeyFigureNature.Autre, label: 'Autre (montant, durée, indice…)' },
]

/**
 * Counts below this are masked (statistical secrecy). Decision: 11, the threshold INSEE applies
 * to aggregates of individuals (fewer than 11 persons or households are not published), which
 * also covers France Travail’s masking of small counts by commune; the stricter rule protects
 * people in small communes and QPV.
 */
export const MASKING_THRESHOLD = 11

/**
 * Tells whether a key figure must be masked: a count (nature `effectif`, or no nature given, to
 * be safe) strictly between 0 and {@link MASKING_THRESHOLD}. Zero reveals nobody and is shown.
 */
export function isMasked(value: number | null, nature: string = KeyFigureNature.Effectif): boolean {
  if (value === null) return false
  const isCount = nature === KeyFigureNature.Effectif || nature === ''
  return isCount && value > 0 && value < MASKING_THRESHOLD
}

/**
 * A key figure item (`chiffresCles`) as shown: French number and unit (« 1 234 demandeurs
 * d’emploi », « 8,2 % »), « < 11 » in place of a masked count, `''` without a value.
 */
export function formatKeyFigure(item: ItemValues): string {
  const value = numberValue(item.values, 'valeur')
  if (value === null) return ''
  const unit = stringValue(item.values, 'unite').trim()
  const shown = isMasked(value, stringValue(item.values, 'nature'))
    ? `< ${MASKING_THRESHOLD}`
    : formatFrenchNumber(value)
  return unit === '' ? shown : `${shown}\u00a0${unit}`
}
