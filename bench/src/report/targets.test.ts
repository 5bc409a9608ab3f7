import { describe, expect, it } from 'vitest'
import type { BenchRecord, ScenarioId } from '../scenarios/BenchContext.ts'
import { ServerKind } from '../servers/ServerKind.ts'
import { EARLIER_TARGETS, TARGETS } from './targetList.ts'
import { evaluateTarget, type TargetDefinition } from './targets.ts'

function record(
  scenario: ScenarioId,
  server: ServerKind,
  metrics: Record<string, number>,
  errors: string[] = [],
): BenchRecord {
  return { scenario, server, metrics: { otherCpuPercentRun: 0, ...metrics }, errors }
}

function target(label: string): TargetDefinition {
  const found = [...TARGETS, ...EARLIER_TARGETS].find((definition) => definition.label === label)
  if (found === undefined) throw new Error(`no target ${label}`)
  return found
}

const P50_BEST_PEER = target('S1a delivery latency p50 ≤ 1.0× the best peer')
const P50_FLOOR = target('S1a delivery latency p50 ≤ 2× the relay floor')
const CPU = target('S1a server CPU per delivery ≤ 0.8× the best peer')
const THROUGHPUT = target('S2 per-reader throughput ≥ 1.5× Hocuspocus')
const OPENED = target('S3 connections opened per second ≥ the best peer')
const AT_REST = target('S0 server RSS at rest (ready, no connection) ≤ 100 MiB')

/** S1a for every server, with one metric's value each. */
function s1a(key: string, values: Record<ServerKind, number>): BenchRecord[] {
  return Object.entries(values).map(([server, value]) =>
    record('S1a', server as ServerKind, { [key]: value }),
  )
}

describe('evaluateTarget', () => {
  it('holds a lower-is-better figure against the better peer', () => {
    const records = s1a('latencyP50Ms', {
      maillage: 0.7,
      reference: 0.77,
      hocuspocus: 1.07,
      floor: 0.35,
    })
    const result = evaluateTarget(P50_BEST_PEER, records)
    expect(result.verdict).toBe('PASS')
    expect(result.measured).toBe('0.70 ms vs 0.77 ms (@y/websocket-server, best peer) = 0.91×')
    // Hocuspocus better than the reference: it becomes the basis, and 0.7 no longer beats it.
    const faster = s1a('latencyP50Ms', {
      maillage: 0.7,
      reference: 0.77,
      hocuspocus: 0.6,
      floor: 0.35,
    })
    const missed = evaluateTarget(P50_BEST_PEER, faster)
    expect(missed.verdict).toBe('MISS')
    expect(missed.measured).toContain('(Hocuspocus, best peer) = 1.17×')
  })

  it('applies the bound of the target, inclusive', () => {
    const even = s1a('latencyP50Ms', {
      maillage: 0.7,
      reference: 0.7,
      hocuspocus: 0.9,
      floor: 0.35,
    })
    expect(evaluateTarget(P50_BEST_PEER, even).verdict).toBe('PASS')
    expect(evaluateTarget(P50_FLOOR, even).verdict).toBe('PASS') // 2.00× the floor
    const slow = s1a('latencyP50Ms', {
      maillage: 0.71,
      reference: 0.9,
      hocuspocus: 0.9,
      floor: 0.35,
    })
    expect(evaluateTarget(P50_FLOOR, slow).verdict).toBe('MISS')
    const cpu = s1a('serverCpuUsPerDelivery', {
      maillage: 27.8,
      reference: 34.81,
      hocuspocus: 52,
      floor: 20,
    })
    expect(evaluateTarget(CPU, cpu).verdict).toBe('PASS') // 0.799×
    const cpuMiss = s1a('serverCpuUsPerDelivery', {
      maillage: 40.19,
      reference: 34.81,
      hocuspocus: 52,
      floor: 20,
    })
    expect(evaluateTarget(CPU, cpuMiss).verdict).toBe('MISS')
  })

  it('holds a higher-is-better figure against the named server or the better peer', () => {
    const s2 = [
      record('S2', ServerKind.Maillage, { perReaderUpdatesPerSecond: 15_000 }),
      // A faster reference does not matter: the target names Hocuspocus.
      record('S2', ServerKind.Reference, { perReaderUpdatesPerSecond: 20_000 }),
      record('S2', ServerKind.Hocuspocus, { perReaderUpdatesPerSecond: 9_768 }),
    ]
    const result = evaluateTarget(THROUGHPUT, s2)
    expect(result.verdict).toBe('PASS')
    expect(result.measured).toBe('15,000 updates/s vs 9,768 updates/s (Hocuspocus) = 1.54×')
    const s3 = [
      record('S3', ServerKind.Maillage, { connectionsPerSecond: 928 }),
      record('S3', ServerKind.Reference, { connectionsPerSecond: 1_831 }),
      record('S3', ServerKind.Hocuspocus, { connectionsPerSecond: 928 }),
    ]
    const opened = evaluateTarget(OPENED, s3)
    expect(opened.verdict).toBe('MISS')
    expect(opened.measured).toContain('(@y/websocket-server, best peer) = 0.51×')
  })

  it('checks an absolute bound on Maillage alone', () => {
    const rest = (mib: number) => [
      record('S0', ServerKind.Maillage, { rssAtRestMiB: mib }),
      record('S0', ServerKind.Reference, { rssAtRestMiB: 92 }),
    ]
    expect(evaluateTarget(AT_REST, rest(100))).toEqual({
      target: AT_REST.label,
      measured: '100.0 MiB',
      verdict: 'PASS',
    })
    expect(evaluateTarget(AT_REST, rest(217.3)).verdict).toBe('MISS')
  })

  it('is not measured when a record it needs is missing, failed or lacks the figure', () => {
    expect(evaluateTarget(AT_REST, [])).toEqual({
      target: AT_REST.label,
      measured: 'S0 not run',
      verdict: 'not measured',
    })
    const withoutHocuspocus = [
      record('S3', ServerKind.Maillage, { connectionsPerSecond: 2_000 }),
      record('S3', ServerKind.Reference, { connectionsPerSecond: 1_831 }),
    ]
    // Beating the reference alone says nothing of Hocuspocus, which did not run.
    const partial = evaluateTarget(OPENED, withoutHocuspocus)
    expect(partial.verdict).toBe('not measured')
    expect(partial.measured).toBe('2,000 /s vs 1,831 /s (@y/websocket-server); Hocuspocus not run')
    const failed = [
      ...withoutHocuspocus,
      record('S3', ServerKind.Hocuspocus, { connectionsPerSecond: 100 }, ['server did not start']),
    ]
    expect(evaluateTarget(OPENED, failed).measured).toContain('Hocuspocus failed')
    expect(evaluateTarget(OPENED, failed).verdict).toBe('not measured')
    const failedOurs = [record('S0', ServerKind.Maillage, { rssAtRestMiB: 50 }, ['stop failed'])]
    expect(evaluateTarget(AT_REST, failedOurs).verdict).toBe('not measured')
    const noValue = [record('S0', ServerKind.Maillage, { rssAtRestMiB: Number.NaN })]
    expect(evaluateTarget(AT_REST, noValue).measured).toBe('Maillage no value')
  })

  it('is disturbed, not recorded, when any record it needs was disturbed', () => {
    const quiet = s1a('latencyP50Ms', {
      maillage: 0.7,
      reference: 0.77,
      hocuspocus: 1.07,
      floor: 0.35,
    })
    const busyPeer = quiet.map((r) =>
      r.server === ServerKind.Hocuspocus
        ? { ...r, metrics: { ...r.metrics, otherCpuPercent: 60 } }
        : r,
    )
    const result = evaluateTarget(P50_BEST_PEER, busyPeer)
    expect(result.verdict).toBe('disturbed, not recorded')
    expect(result.measured).toContain('= 0.91×')
    // The floor target does not read Hocuspocus' record: it keeps its verdict.
    expect(evaluateTarget(P50_FLOOR, busyPeer).verdict).toBe('PASS')
    // A missing record outweighs a disturbed one: there is nothing to record either way.
    const busyOurs = [
      record('S0', ServerKind.Maillage, { rssAtRestMiB: 90, otherCpuPercentRun: 30 }),
    ]
    expect(evaluateTarget(AT_REST, busyOurs).verdict).toBe('disturbed, not recorded')
    expect(evaluateTarget(P50_BEST_PEER, busyPeer.slice(0, 1)).verdict).toBe('not measured')
  })

  it('lists every target of the brief, each on a scenario that emits its metric', () => {
    expect(TARGETS.map((definition) => `${definition.scenario}.${definition.key}`)).toEqual([
      'S1a.latencyP50Ms',
      'S1a.latencyP99Ms',
      'S1a.latencyP50Ms',
      'S1a.serverCpuUsPerDelivery',
      'S1a.serverRssMiB',
      'S2.perReaderUpdatesPerSecond',
      'S3.kibPerConnection',
      'S3.connectionsPerSecond',
      'S4.freshSyncP50Ms',
      'S0.rssAtRestMiB',
    ])
  })
})
