import {
  eventsKept,
  type AdmitRequest,
  type EventWindows,
  type WindowGate,
} from './EventWindows.ts'
import { windowWaitMs } from './windowWaitMs.ts'

/**
 * Most keys one {@link MemoryEventWindows} remembers; past it the least recently recorded are
 * forgotten, so that events under ever new keys (addresses, invented e-mails) cannot fill the memory.
 */
export const MAX_TRACKED_KEYS = 100_000

/**
 * {@link EventWindows} in this process's memory: exact within one process, blind to the others.
 * Synchronous inside, so that `admit` is atomic in the event loop.
 */
export class MemoryEventWindows implements EventWindows {
  readonly #maxKeys: number
  // Event times per key, oldest first; the map is kept in order of each key's latest record.
  readonly #events = new Map<string, number[]>()

  constructor(maxKeys = MAX_TRACKED_KEYS) {
    this.#maxKeys = maxKeys
  }

  admit(request: AdmitRequest, now: number): Promise<number> {
    const wait = this.#waitMs(request.enforce, now)
    if (wait > 0) return Promise.resolve(wait)
    for (const gate of request.record) this.#record(gate, now)
    return Promise.resolve(0)
  }

  waitMs(gates: readonly WindowGate[], now: number): Promise<number> {
    return Promise.resolve(this.#waitMs(gates, now))
  }

  takeBack(key: string): Promise<void> {
    const events = this.#events.get(key)
    events?.pop()
    if (events?.length === 0) this.#events.delete(key)
    return Promise.resolve()
  }

  clear(key: string): Promise<void> {
    this.#events.delete(key)
    return Promise.resolve()
  }

  #waitMs(gates: readonly WindowGate[], now: number): number {
    let wait = 0
    for (const gate of gates) {
      wait = Math.max(wait, windowWaitMs(gate.rule, this.#recent(gate, now), now))
    }
    return wait
  }

  #record(gate: WindowGate, now: number): void {
    const recent = [...this.#recent(gate, now), now].slice(-eventsKept(gate.rule))
    this.#events.delete(gate.key)
    this.#events.set(gate.key, recent)
    if (this.#events.size > this.#maxKeys) {
      const oldest = this.#events.keys().next()
      if (oldest.done !== true) this.#events.delete(oldest.value)
    }
  }

  // The key's events within the gate's window; older ones are dropped on the way.
  #recent(gate: WindowGate, now: number): number[] {
    const events = this.#events.get(gate.key)
    if (events === undefined) return []
    const since = now - gate.rule.windowMs
    const firstRecent = events.findIndex((at) => at > since)
    if (firstRecent === -1) {
      this.#events.delete(gate.key)
      return []
    }
    if (firstRecent > 0) events.splice(0, firstRecent)
    return events
  }
}
