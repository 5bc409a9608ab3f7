import type { EventWindows } from '../../coordination/EventWindows.ts'
import type { Timers } from '../../time/Timers.ts'
import { PENDING_LOGIN_TTL_MS } from './PendingLogin.ts'

/**
 * Makes each login under way serve once: the first answer of the provider with a `state` uses it
 * up, in every process (the event windows are shared through Redis when configured); a replay of
 * the same answer, even with the cookie kept aside, is refused. A state is remembered for as long
 * as its cookie is valid.
 */
export class UsedStates {
  readonly #windows: EventWindows
  readonly #timers: Timers

  constructor(windows: EventWindows, timers: Timers) {
    this.#windows = windows
    this.#timers = timers
  }

  /** True the first time `state` is used, false afterwards (in one atomic step). */
  async use(state: string): Promise<boolean> {
    const gate = {
      key: state,
      rule: { kind: 'count', limit: 1, windowMs: PENDING_LOGIN_TTL_MS },
    } as const
    const waitMs = await this.#windows.admit(
      { enforce: [gate], record: [gate] },
      this.#timers.now(),
    )
    return waitMs === 0
  }
}
