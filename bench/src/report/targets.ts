import type { BenchRecord, ScenarioId } from '../scenarios/BenchContext.ts'
import type { ServerKind } from '../servers/ServerKind.ts'

/** One target of issue #3, computed from the records. */
export interface TargetResult {
  readonly target: string
  readonly measured: string
  /** null when a record it needs is missing or failed. */
  readonly pass: boolean | null
}

/** Computes the four targets of issue #3 from the records of a run. */
export function evaluateTargets(records: readonly BenchRecord[]): TargetResult[] {
  const value = (scenario: ScenarioId, server: ServerKind, key: string): number | undefined => {
    const record = records.find((r) => r.scenario === scenario && r.server === server)
    if (record === undefined || record.errors.length > 0) return undefined
    return record.metrics[key]
  }
  const ratio = (
    scenario: ScenarioId,
    key: string,
    peer: ServerKind,
  ): { ours: number; theirs: number; ratio: number } | undefined => {
    const ours = value(scenario, 'maillage', key)
    const theirs = value(scenario, peer, key)
    if (ours === undefined || theirs === undefined) return undefined
    return { ours, theirs, ratio: ours / theirs }
  }

  const cpu = (['S1a', 'S1b'] as const).map((scenario) => ({
    scenario,
    result: ratio(scenario, 'serverCpuUsPerDelivery', 'reference'),
  }))
  const cpuMeasured = cpu
    .map(({ scenario, result }) =>
      result === undefined
        ? `${scenario}: not measured`
        : `${scenario}: ${fixed(result.ours, 2)} µs vs ${fixed(result.theirs, 2)} µs = ${fixed(result.ratio, 2)}×`,
    )
    .join('; ')
  const cpuPass = cpu.every(({ result }) => result !== undefined)
    ? cpu.every(({ result }) => (result?.ratio ?? Number.POSITIVE_INFINITY) <= 0.5)
    : null

  const throughput = ratio('S2', 'perReaderUpdatesPerSecond', 'hocuspocus')
  const memory = value('S3', 'maillage', 'kibPerConnection')
  const sync = ratio('S4', 'freshSyncP50Ms', 'reference')

  return [
    {
      target: 'S1: server CPU per delivered update ≤ 0.5× the reference server’s',
      measured: cpuMeasured,
      pass: cpuPass,
    },
    {
      target: 'S2: per-reader throughput ≥ 2× Hocuspocus’s',
      measured:
        throughput === undefined
          ? 'not measured'
          : `${fixed(throughput.ours, 0)} vs ${fixed(throughput.theirs, 0)} updates/s = ${fixed(throughput.ratio, 2)}×`,
      pass: throughput === undefined ? null : throughput.ratio >= 2,
    },
    {
      target: 'S3: ≤ 10 KiB per idle connection + document',
      measured: memory === undefined ? 'not measured' : `${fixed(memory, 2)} KiB`,
      pass: memory === undefined ? null : memory <= 10,
    },
    {
      target:
        'S4: fresh-client sync of the big document loaded from disk no slower than the reference serving it from memory',
      measured:
        sync === undefined
          ? 'not measured'
          : `p50 ${fixed(sync.ours, 1)} ms vs ${fixed(sync.theirs, 1)} ms = ${fixed(sync.ratio, 2)}×`,
      pass: sync === undefined ? null : sync.ratio <= 1,
    },
  ]
}

function fixed(value: number, digits: number): string {
  return value.toFixed(digits)
}
