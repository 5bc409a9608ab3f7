import { isEffectLevel } from '../kinds/indicators/IndicatorLevel.ts'
import type { IndicatorDigest } from './PilotageIndex.ts'

/**
 * Tells whether an indexed indicator measures effects (résultat or impact) and is quantified and
 * dated: a numeric target and a target date. The rule of the quality grid's SMART criterion
 * (`isSmartIndicator` on an effect indicator), read from the index instead of the fields.
 */
export function isQuantifiedEffectIndicator(
  indicator: Pick<IndicatorDigest, 'level' | 'target' | 'targetDate'>,
): boolean {
  return isEffectLevel(indicator.level) && indicator.target !== null && indicator.targetDate !== ''
}
