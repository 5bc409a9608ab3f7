import type { ItemValues } from '../kinds/FieldValues.ts'
import { RECONDUCTION_OPTIONS } from '../kinds/ficheAction/ficheActionOptions.ts'
import { numberValue, stringValue } from '../kinds/fields/fieldValue.ts'
import { INDICATOR_LEVEL_OPTIONS } from '../kinds/indicators/IndicatorLevel.ts'
import { measurementsOf } from '../kinds/indicators/measurementsOf.ts'
import { NATIONAL_KPIS } from '../kinds/indicators/nationalKpis.ts'
import {
  MAX_INDEXED_MEASUREMENTS,
  type IndexedMeasurement,
  type IndicatorDigest,
} from './PilotageIndex.ts'
import { boundedText, finiteOrNull, isIsoDay } from './indexBounds.ts'

/** Longest item id the index keeps; an item with a longer one is left out, never cut. */
export const MAX_INDEXED_ID_LENGTH = 100

const LEVELS: ReadonlySet<string> = new Set(Object.keys(INDICATOR_LEVEL_OPTIONS))
const KPIS: ReadonlySet<string> = new Set(NATIONAL_KPIS.map((kpi) => kpi.value))
const RECONDUCTIONS: ReadonlySet<string> = new Set(
  RECONDUCTION_OPTIONS.map((option) => option.value),
)

/** `value` when it is one of `allowed`, otherwise `''`. */
function knownOrEmpty(value: string, allowed: ReadonlySet<string>): string {
  return allowed.has(value) ? value : ''
}

/** The reconduction of a bilan as the index keeps it: an option value or `''`. */
export function reconductionOf(value: string): string {
  return knownOrEmpty(value, RECONDUCTIONS)
}

/** Tells whether an id can be kept as is by the index (1 to 100 characters). */
export function isIndexableId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_INDEXED_ID_LENGTH
}

/**
 * What the index keeps of one item of a fiche's `indicateurs` list: its fields within the bounds
 * of `indicatorDigestSchema` (unknown level or KPI read as `''`, bad dates as `''`, non-finite
 * numbers as null, texts cut) and its latest {@link MAX_INDEXED_MEASUREMENTS} dated measurements,
 * oldest first.
 */
export function indicatorDigestOf(item: ItemValues): IndicatorDigest {
  const values = item.values
  const dateOrEmpty = (name: string): string => {
    const date = stringValue(values, name)
    return isIsoDay(date) ? date : ''
  }
  const measurements = measurementsOf(item).flatMap((measurement): IndexedMeasurement[] =>
    isIsoDay(measurement.date) && Number.isFinite(measurement.value)
      ? [{ date: measurement.date, value: measurement.value }]
      : [],
  )
  return {
    id: item.id,
    level: knownOrEmpty(stringValue(values, 'niveau'), LEVELS),
    label: boundedText(stringValue(values, 'libelle').trim(), 200),
    unit: boundedText(stringValue(values, 'unite').trim(), 50),
    baseline: finiteOrNull(numberValue(values, 'valeurReference')),
    baselineDate: dateOrEmpty('dateReference'),
    target: finiteOrNull(numberValue(values, 'cible')),
    targetDate: dateOrEmpty('dateCible'),
    kpi: knownOrEmpty(stringValue(values, 'kpi'), KPIS),
    measurements: measurements.slice(-MAX_INDEXED_MEASUREMENTS),
  }
}
