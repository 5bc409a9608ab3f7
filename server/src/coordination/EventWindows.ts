/**
 * A rule over the times of one key's events within a sliding window: how long the next event must
 * wait. Times and durations are milliseconds.
 */
export type WindowRule =
  /** At most `limit` events within `windowMs`; the next waits until the oldest that counts leaves. */
  | { readonly kind: 'count'; readonly limit: number; readonly windowMs: number }
  /**
   * `freeFailures` events within `windowMs` freely, then `firstDelayMs` after the latest before the
   * next, doubling with each further event up to `maxDelayMs`. Never locks a key for good.
   */
  | {
      readonly kind: 'progressive'
      readonly freeFailures: number
      readonly firstDelayMs: number
      readonly maxDelayMs: number
      readonly windowMs: number
    }

/** One key with the rule its events follow. */
export interface WindowGate {
  readonly key: string
  readonly rule: WindowRule
}

/** What {@link EventWindows.admit} checks and, when every check passes, records. */
export interface AdmitRequest {
  /** Gates whose wait decides: the largest wait among them is the answer. */
  readonly enforce: readonly WindowGate[]
  /** Gates under which an admitted event is recorded (their rule bounds what is kept and for how long). */
  readonly record: readonly WindowGate[]
}

/**
 * The port of event times per key over sliding windows (rate limits, login throttling): the
 * counters that must hold across every process serving the workspace when shared. Keys are
 * namespaced by whoever built the adapter, so two features never share one.
 */
export interface EventWindows {
  /**
   * In one atomic step: the wait (ms) the `enforce` gates impose at `now`; when it is 0, records an
   * event at `now` under every `record` gate. Resolves with that wait: 0 means admitted and recorded,
   * more means refused and nothing recorded.
   */
  admit(request: AdmitRequest, now: number): Promise<number>
  /** The wait (ms) the gates impose at `now`, recording nothing. */
  waitMs(gates: readonly WindowGate[], now: number): Promise<number>
  /** Removes the latest event of `key` (one admitted in advance that turned out fine). */
  takeBack(key: string): Promise<void>
  /** Forgets every event of `key`. */
  clear(key: string): Promise<void>
}

/** Events kept per key: past these the wait of its rule cannot grow any more. */
export function eventsKept(rule: WindowRule): number {
  // 2^32 times the first wait is past any sane cap: older failures would add nothing.
  return rule.kind === 'count' ? rule.limit : rule.freeFailures + 32
}
