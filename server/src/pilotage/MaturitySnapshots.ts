import type { MaturitySnapshot } from '@maillage/schema'

/**
 * Port: the latest submitted maturity self-assessment of each CLPE, for the regional view. The
 * maturity campaigns implement it (`MaturityService`); the pilotage reads it and never writes.
 */
export interface MaturitySnapshots {
  /**
   * The latest submitted self-assessment of every space that has one, keyed by space id; a space
   * that never submitted one is absent.
   */
  latestSnapshots(): Promise<ReadonlyMap<string, MaturitySnapshot>>
}
