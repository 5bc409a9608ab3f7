/**
 * One rule of progressive delay: some failures allowed freely, then a wait doubling with each.
 * Applied by `EventWindows` as a `progressive` window rule (`coordination/`), so that it holds
 * across processes when they share one.
 */
export interface DelayRule {
  /** Attempts that may fail one after another within `windowMs` before any wait. */
  readonly freeFailures: number
  /** Wait after the first failure past `freeFailures`; doubles with each further failure. */
  readonly firstDelayMs: number
  /** Longest wait, however many failures. */
  readonly maxDelayMs: number
  /** Failures older than this no longer count. */
  readonly windowMs: number
}
