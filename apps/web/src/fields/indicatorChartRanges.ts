const SECONDS_PER_DAY = 86_400
/** Days shown either side of a lone measurement, so that its point sits in the middle. */
const LONE_POINT_MARGIN_DAYS = 15
/** Room left above the highest value or target, as a share of the range. */
const HEADROOM = 0.1

/**
 * The date axis's range (seconds): what uPlot asks (`min`, `max`: the span of the measurements,
 * or a zoom), except around a lone measurement `times[0]`, shown in the middle of a month (uPlot
 * would stretch it over years).
 */
export function dateRange(min: number, max: number, times: readonly number[]): [number, number] {
  const [lone] = times
  if (times.length !== 1 || lone === undefined) return [min, max]
  const margin = LONE_POINT_MARGIN_DAYS * SECONDS_PER_DAY
  return [lone - margin, lone + margin]
}

/**
 * The value axis's range: the measurements and the target together, so that the target line is
 * always drawn, from 0 when nothing is negative (counts and rates read from zero), with some room
 * above.
 */
export function valueRange(min: number, max: number, target: number | null): [number, number] {
  const low = Math.min(min, target ?? min, 0)
  const high = Math.max(max, target ?? max)
  const span = high - low
  if (span === 0) return [low - 1, high + 1]
  return [low < 0 ? low - span * HEADROOM : low, high + span * HEADROOM]
}
