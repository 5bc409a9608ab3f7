import { outdatedTimeout, removeAwarenessStates, type Awareness } from 'y-protocols/awareness'
import { getUnixTime } from 'lib0/time'
import type { TimerHandle, Timers } from '../time/Timers.ts'

/** How often the states are checked: as often as y-protocols checks each awareness (3 s). */
export const AWARENESS_SWEEP_MS = Math.floor(outdatedTimeout / 10)

/**
 * Removes the awareness states that were not renewed for y-protocols' `outdatedTimeout` (30 s),
 * as each `Awareness` does on its own, but with one timer for every room instead of an interval
 * per room: a server holding thousands of idle rooms keeps one timer, not thousands waking every
 * 3 s. The awarenesses handed to {@link add} stop their own interval. Removals are made with the
 * origin `'timeout'`, as y-protocols makes them; the awareness's own local state is never removed
 * (a room's server holds none, so there is none to renew either). The sweep runs only while some
 * awareness is held and never keeps the process alive.
 */
export class AwarenessExpiry {
  readonly #awarenesses = new Set<Awareness>()
  readonly #timers: Timers
  #sweep: TimerHandle | undefined

  constructor(timers: Timers) {
    this.#timers = timers
  }

  /** Takes over the expiry of `awareness`'s states (until {@link delete}). */
  add(awareness: Awareness): void {
    clearInterval(awareness._checkInterval as NodeJS.Timeout)
    // A cleared timer still holds its callback: let both go (`destroy` clears it again, harmlessly).
    awareness._checkInterval = null
    this.#awarenesses.add(awareness)
    this.#arm()
  }

  /** Stops checking `awareness` (its room is destroyed). */
  delete(awareness: Awareness): void {
    this.#awarenesses.delete(awareness)
    if (this.#awarenesses.size > 0 || this.#sweep === undefined) return
    this.#timers.clearTimeout(this.#sweep)
    this.#sweep = undefined
  }

  #arm(): void {
    if (this.#sweep !== undefined) return
    this.#sweep = this.#timers.setTimeout(() => {
      this.#sweep = undefined
      this.#expire()
      if (this.#awarenesses.size > 0) this.#arm()
    }, AWARENESS_SWEEP_MS)
    this.#sweep.unref()
  }

  #expire(): void {
    // The clock y-protocols stamps `meta.lastUpdated` with.
    const now = getUnixTime()
    for (const awareness of this.#awarenesses) {
      const outdated: number[] = []
      for (const [clientId, meta] of awareness.meta) {
        if (
          clientId !== awareness.clientID &&
          outdatedTimeout <= now - meta.lastUpdated &&
          awareness.states.has(clientId)
        ) {
          outdated.push(clientId)
        }
      }
      if (outdated.length > 0) removeAwarenessStates(awareness, outdated, 'timeout')
    }
  }
}
