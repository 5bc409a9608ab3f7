import type { IndexedMeasurement } from './PilotageIndex.ts'
import type { Trend } from './PilotageViews.ts'

// What a dashboard reads from an indicator's measurements. Each indicator is read on its own:
// values of different indicators (hence of different units) are never added together.

/** The measurements by date, oldest first; equal dates keep their order. */
function byDate(measurements: readonly IndexedMeasurement[]): readonly IndexedMeasurement[] {
  return [...measurements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** The latest measurement (by date; on equal dates, the last in the list), or null without any. */
export function latestMeasurement(
  measurements: readonly IndexedMeasurement[],
): IndexedMeasurement | null {
  return byDate(measurements).at(-1) ?? null
}

/**
 * Direction from the measurement before the latest to the latest (by date): `hausse`, `baisse`
 * or `stable` when equal; null with fewer than two measurements. It says nothing of good or bad:
 * a délai that falls is a `baisse`.
 */
export function indicatorTrend(measurements: readonly IndexedMeasurement[]): Trend | null {
  const sorted = byDate(measurements)
  const latest = sorted.at(-1)
  const previous = sorted.at(-2)
  if (latest === undefined || previous === undefined) return null
  if (latest.value > previous.value) return 'hausse'
  if (latest.value < previous.value) return 'baisse'
  return 'stable'
}

/**
 * Share of the way from the baseline (0 when there is none) to the target that the latest
 * measurement has covered: `(latest − baseline) / (target − baseline)`. Works both ways: with a
 * target below the baseline (a délai to reduce), a fall is progress. Never negative (a move away
 * from the target is 0); above 1 when the target is passed (1.2 = 120 %). Null without a target,
 * without a measurement, or when the target equals the baseline (no way to cover).
 */
export function indicatorProgress(indicator: {
  readonly baseline: number | null
  readonly target: number | null
  readonly measurements: readonly IndexedMeasurement[]
}): number | null {
  const latest = latestMeasurement(indicator.measurements)
  const { target } = indicator
  if (target === null || latest === null) return null
  const baseline = indicator.baseline ?? 0
  if (target === baseline) return null
  const progress = (latest.value - baseline) / (target - baseline)
  return Number.isFinite(progress) ? Math.max(0, progress) : null
}
