import { formatFrenchNumber } from '@maillage/schema'

/** Shown in a table cell for a figure that does not exist (no action, no assessment). */
export const NO_FIGURE = '—'

/** A share (0–1) as a whole percentage, « 38 % », or {@link NO_FIGURE} when null. */
export function formatShare(ratio: number | null): string {
  return ratio === null ? NO_FIGURE : `${formatFrenchNumber(Math.round(ratio * 100))} %`
}

/** An average quality score out of 100, « 62/100 », or {@link NO_FIGURE} when null. */
export function formatQuality(score: number | null): string {
  return score === null ? NO_FIGURE : `${formatFrenchNumber(Math.round(score))}/100`
}

/** A count, « 1 204 » (narrow no-break space between thousands). */
export function formatCount(count: number): string {
  return formatFrenchNumber(count)
}

/** « 3 actions », « 1 action », « 0 action »: French plural from 2 on. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${Math.abs(count) >= 2 ? plural : singular}`
}
