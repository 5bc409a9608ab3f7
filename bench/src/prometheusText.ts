/** The samples of a Prometheus text exposition, by series (`name{labels}` exactly as written). */
export type PrometheusSamples = ReadonlyMap<string, number>

/** Fetches and parses `GET <httpUrl>/metrics`. */
export async function fetchMetrics(httpUrl: string): Promise<PrometheusSamples> {
  const response = await fetch(`${httpUrl}/metrics`)
  if (!response.ok) throw new Error(`GET ${httpUrl}/metrics answered ${response.status}`)
  return parsePrometheusText(await response.text())
}

/** Parses the text format: one `series value` per line; comments and blank lines skipped. */
export function parsePrometheusText(text: string): PrometheusSamples {
  const samples = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const space = line.lastIndexOf(' ')
    samples.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return samples
}

/** A histogram's buckets (upper bound → cumulative count), sum and count. */
export interface HistogramSnapshot {
  readonly buckets: readonly (readonly [upperBound: number, cumulative: number])[]
  readonly sum: number
  readonly count: number
}

/** Reads histogram `name` from the samples (no labels other than `le`). */
export function readHistogram(samples: PrometheusSamples, name: string): HistogramSnapshot {
  const buckets: [number, number][] = []
  for (const [series, value] of samples) {
    const match = new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}$`).exec(series)
    if (match?.[1] !== undefined) buckets.push([parseBound(match[1]), value])
  }
  buckets.sort((a, b) => a[0] - b[0])
  return {
    buckets,
    sum: samples.get(`${name}_sum`) ?? 0,
    count: samples.get(`${name}_count`) ?? 0,
  }
}

/** What a histogram observed between two snapshots. */
export function subtractHistogram(
  after: HistogramSnapshot,
  before: HistogramSnapshot,
): HistogramSnapshot {
  return {
    buckets: after.buckets.map(([bound, count]) => {
      const earlier = before.buckets.find(([other]) => other === bound)?.[1] ?? 0
      return [bound, count - earlier] as const
    }),
    sum: after.sum - before.sum,
    count: after.count - before.count,
  }
}

/**
 * Estimates quantile `q` the way PromQL's `histogram_quantile` does: linear interpolation inside
 * the bucket holding the rank (the first bucket starts at 0). NaN when nothing was observed; the
 * highest finite bound when the rank falls in the +Inf bucket.
 */
export function histogramQuantile(histogram: HistogramSnapshot, q: number): number {
  if (histogram.count === 0) return Number.NaN
  const rank = q * histogram.count
  let lowerBound = 0
  let lowerCount = 0
  for (const [bound, cumulative] of histogram.buckets) {
    if (cumulative >= rank) {
      if (!Number.isFinite(bound)) return lowerBound
      const inBucket = cumulative - lowerCount
      return inBucket === 0
        ? bound
        : lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / inBucket
    }
    lowerBound = bound
    lowerCount = cumulative
  }
  return lowerBound
}

function parseBound(le: string): number {
  return le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le)
}
