import type { Trend } from '@maillage/schema'

/** A value with its unit, as French writes it: « 1 200 personnes », « 35 % », « 4,5 ». */
export function formatValue(value: number, unit: string): string {
  const number = value.toLocaleString('fr-FR', { maximumFractionDigits: 2 })
  return unit === '' ? number : `${number} ${unit}`
}

/** A progress share (≥ 0, may pass 1) as a whole percentage. */
export function progressPercent(progress: number): number {
  return Math.round(progress * 100)
}

/** The arrow drawn beside a trend's words (hidden from screen readers: the words say it). */
export const TREND_ARROWS: Readonly<Record<Trend, string>> = {
  hausse: '↗',
  baisse: '↘',
  stable: '→',
}
