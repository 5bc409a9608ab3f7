import { isDisturbed } from '../disturbance.ts'
import type { BenchRecord, ScenarioId } from '../scenarios/BenchContext.ts'
import { PEER_KINDS, SERVER_LABELS, ServerKind } from '../servers/ServerKind.ts'

/** What Maillage's figure is held against: the better of the peers, one server, or a fixed bound. */
export type TargetBasis = 'best peer' | ServerKind | 'absolute'

/** One target: Maillage's value of one metric of one scenario, against its basis. */
export interface TargetDefinition {
  readonly label: string
  readonly scenario: ScenarioId
  readonly key: string
  readonly unit: string
  readonly digits: number
  readonly better: 'lower' | 'higher'
  readonly against: TargetBasis
  /**
   * The bound on Maillage / basis (a ratio), or on Maillage's value itself for `absolute`: at most
   * this when lower is better, at least this when higher is.
   */
  readonly bound: number
}

/** The verdict of one target in one run. */
export type Verdict = 'PASS' | 'MISS' | 'not measured' | 'disturbed, not recorded'

/** One target computed from the records of a run. */
export interface TargetResult {
  readonly target: string
  readonly measured: string
  readonly verdict: Verdict
}

/** One server's reading of the target's metric. */
interface Reading {
  readonly server: ServerKind
  readonly record: BenchRecord | undefined
  /** Undefined when the record is missing, failed, or lacks a finite value. */
  readonly value: number | undefined
}

/**
 * Evaluates one target on the records of a run. Every record it needs must be there, without
 * errors and with the metric, or it is `not measured` (a best peer among the peers that ran could
 * be beaten by the one that did not); a needed record whose measure was disturbed makes it
 * `disturbed, not recorded`, its figures still shown.
 */
export function evaluateTarget(
  definition: TargetDefinition,
  records: readonly BenchRecord[],
): TargetResult {
  const readings = serversOf(definition.against).map((server): Reading => {
    const record = records.find((r) => r.scenario === definition.scenario && r.server === server)
    const value =
      record === undefined || record.errors.length > 0 ? undefined : record.metrics[definition.key]
    return {
      server,
      record,
      value: value !== undefined && Number.isFinite(value) ? value : undefined,
    }
  })
  const [ours, ...basis] = readings
  const missing = readings.filter((reading) => reading.value === undefined)
  const base = { target: definition.label }
  if (ours === undefined || ours.value === undefined) {
    const nothing = readings.every((reading) => reading.record === undefined)
    const measured = nothing ? `${definition.scenario} not run` : describeMissing(missing)
    return { ...base, measured, verdict: 'not measured' }
  }
  const value = (reading: Reading): number => reading.value ?? Number.NaN
  const show = (number: number): string =>
    `${formatFixed(number, definition.digits)} ${definition.unit}`
  let measured: string
  let pass: boolean
  if (definition.against === 'absolute') {
    measured = show(ours.value)
    pass = meets(definition, ours.value)
  } else {
    const present = basis.filter((reading) => reading.value !== undefined)
    const best = bestOf(present, definition.better)
    if (best === undefined || missing.length > 0) {
      const partial =
        best === undefined
          ? show(ours.value)
          : `${show(ours.value)} vs ${show(value(best))} (${SERVER_LABELS[best.server]})`
      return {
        ...base,
        measured: `${partial}; ${describeMissing(missing)}`,
        verdict: 'not measured',
      }
    }
    const ratio = ratioOf(ours.value, value(best))
    measured =
      `${show(ours.value)} vs ${show(value(best))} (${SERVER_LABELS[best.server]}` +
      `${definition.against === 'best peer' ? ', best peer' : ''}) = ${formatFixed(ratio, 2)}×`
    pass = meets(definition, ratio)
  }
  if (readings.some((reading) => reading.record !== undefined && isDisturbed(reading.record))) {
    return { ...base, measured, verdict: 'disturbed, not recorded' }
  }
  return { ...base, measured, verdict: pass ? 'PASS' : 'MISS' }
}

/** Maillage first, then the servers it is compared with. */
function serversOf(against: TargetBasis): ServerKind[] {
  if (against === 'absolute') return [ServerKind.Maillage]
  if (against === 'best peer') return [ServerKind.Maillage, ...PEER_KINDS]
  return [ServerKind.Maillage, against]
}

function bestOf(readings: readonly Reading[], better: 'lower' | 'higher'): Reading | undefined {
  let best: Reading | undefined
  for (const reading of readings) {
    const value = reading.value ?? Number.NaN
    const bestValue = best?.value ?? Number.NaN
    if (best === undefined || (better === 'lower' ? value < bestValue : value > bestValue)) {
      best = reading
    }
  }
  return best
}

/** Maillage / basis; two zeros are even, a zero basis is beaten by anything above it. */
function ratioOf(ours: number, theirs: number): number {
  if (theirs === 0) return ours === 0 ? 1 : Number.POSITIVE_INFINITY
  return ours / theirs
}

function meets(definition: TargetDefinition, figure: number): boolean {
  return definition.better === 'lower' ? figure <= definition.bound : figure >= definition.bound
}

function describeMissing(missing: readonly Reading[]): string {
  return missing
    .map(({ server, record }) => {
      const why =
        record === undefined ? 'not run' : record.errors.length > 0 ? 'failed' : 'no value'
      return `${SERVER_LABELS[server]} ${why}`
    })
    .join(', ')
}

function formatFixed(value: number, digits: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : 'n/a'
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
}
