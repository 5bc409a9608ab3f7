import { removeAwarenessStates, type Awareness } from 'y-protocols/awareness'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import type { AwarenessHolders } from './AwarenessHolders.ts'
import type { Connection } from './Connection.ts'

/** What {@link AwarenessDepartures} needs from its room. */
export interface AwarenessDeparturesOptions {
  readonly awareness: Awareness
  readonly holders: AwarenessHolders
  readonly timers: Timers
  /** How long the clocks of departed ids are kept, in milliseconds (`SyncLimits`). */
  readonly departedAwarenessMs: number
}

/**
 * The awareness bookkeeping of a room's departed connections: when one leaves, the states of the
 * client ids it held are removed (unless another connection holds them too: the same person
 * reconnecting) and their clocks forgotten `departedAwarenessMs` later. Until then the clocks tell
 * the echoes other clients send of those states (or of their removal) from new announcements;
 * afterwards nothing of them is kept, whatever came and went.
 */
export class AwarenessDepartures {
  readonly #options: AwarenessDeparturesOptions
  /** Timers that forget the clocks of departed awareness ids; made at the first departure. */
  #forgetting: Set<TimerHandle> | undefined

  constructor(options: AwarenessDeparturesOptions) {
    this.#options = options
  }

  /** Removes the states of the ids only `connection` held and forgets their clocks later. */
  release(connection: Connection): void {
    const released = this.#options.holders.release(connection)
    if (released.length === 0) return
    removeAwarenessStates(this.#options.awareness, released, null)
    this.#forgetLater(released)
  }

  /** Cancels the pending forgetting (the room is destroyed with its awareness). */
  cancel(): void {
    for (const handle of this.#forgetting ?? []) this.#options.timers.clearTimeout(handle)
    this.#forgetting?.clear()
  }

  #forgetLater(clientIds: readonly number[]): void {
    const { awareness, holders, timers, departedAwarenessMs } = this.#options
    const forgetting = (this.#forgetting ??= new Set())
    const handle = timers.setTimeout(() => {
      forgetting.delete(handle)
      for (const clientId of clientIds) {
        if (!holders.isHeld(clientId) && !awareness.states.has(clientId)) {
          awareness.meta.delete(clientId)
        }
      }
    }, departedAwarenessMs)
    forgetting.add(handle)
  }
}
