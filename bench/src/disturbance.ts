import type { BenchRecord } from './scenarios/BenchContext.ts'

/**
 * Above this CPU use by the other processes of the machine during a scenario's measure, in % of
 * one core, its numbers are disturbed: on 2 cores, a past run with 60% of a core used next door
 * showed a latency 2.6× worse than on a quiet machine.
 */
export const DISTURBED_OTHER_CPU_PERCENT = 15

/** Tries of one scenario against one server in a full run: the first, and two more if disturbed. */
export const MAX_ATTEMPTS = 3

/**
 * The CPU other processes used during the record's measure, in % of a core: over its measured
 * window when it has one (S1, S2, S7), else over its whole run (set-up included).
 */
export function otherCpuOf(record: BenchRecord): number | undefined {
  return record.metrics.otherCpuPercent ?? record.metrics.otherCpuPercentRun
}

/** Whether other processes used more than {@link DISTURBED_OTHER_CPU_PERCENT} during the measure. */
export function isDisturbed(record: BenchRecord): boolean {
  const other = otherCpuOf(record)
  return other !== undefined && other > DISTURBED_OTHER_CPU_PERCENT
}

/**
 * Whether a scenario is run again after the try that gave `record` (try number `attempt`, from
 * 1): only in a full run, only when disturbed, at most {@link MAX_ATTEMPTS} tries in all. A failed
 * try is kept as it is: its errors are reported, not hidden by a luckier second try.
 */
export function shouldTryAgain(record: BenchRecord, attempt: number, quick: boolean): boolean {
  return !quick && record.errors.length === 0 && attempt < MAX_ATTEMPTS && isDisturbed(record)
}
