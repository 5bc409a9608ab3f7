/** Order statistics of a sample of latencies, in milliseconds. */
export interface LatencySummary {
  readonly count: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
  readonly max: number
  readonly mean: number
}

/** Summarises a sample (nearest-rank percentiles); every field is NaN when the sample is empty. */
export function summarizeLatencies(samples: Float64Array): LatencySummary {
  const sorted = Float64Array.from(samples).sort()
  const count = sorted.length
  let sum = 0
  for (const value of sorted) sum += value
  return {
    count,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: count === 0 ? Number.NaN : (sorted[count - 1] ?? Number.NaN),
    mean: count === 0 ? Number.NaN : sum / count,
  }
}

/** Nearest-rank percentile `q` (0..1) of an ascending array; NaN when it is empty. */
export function percentile(sorted: Float64Array | readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** Joins samples from several workers into one array. */
export function concatSamples(parts: readonly Float64Array[]): Float64Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0)
  const joined = new Float64Array(total)
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}
