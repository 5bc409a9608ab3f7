/** One setup of S7: how many Maillage processes serve the load, and its metrics' key prefix. */
export interface ScaleOutSetup {
  readonly processes: number
  /** Prefix of this setup's metrics in the record (`oneProcess.latencyP50Ms`...). */
  readonly prefix: string
  /** Column header in the report. */
  readonly label: string
}

/** The two setups of S7, in run order. */
export const SCALE_OUT_SETUPS: readonly ScaleOutSetup[] = [
  { processes: 1, prefix: 'oneProcess.', label: '1 process' },
  { processes: 2, prefix: 'twoProcesses.', label: '2 processes + Redis' },
]

/** Prefix of the ratios second setup / first setup in S7's record (`ratio.latencyP50Ms`...). */
export const SCALE_OUT_RATIO_PREFIX = 'ratio.'
