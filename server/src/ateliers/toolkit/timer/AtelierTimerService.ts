import type { AtelierTimerBody } from '@maillage/protocol'
import type { AtelierTimer } from '@maillage/schema'
import type { Actor } from '../../../auth/Actor.ts'
import type { KeyedLock } from '../../../coordination/KeyedLock.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { Timers } from '../../../time/Timers.ts'
import { readAtelierDetails } from '../../atelierDetails.ts'
import { loadReadableAtelier } from '../../loadAtelier.ts'
import { decideInChange } from './decideInChange.ts'
import { moveTimer } from './moveTimer.ts'
import { assertFacilitator, assertSessionNotEnded } from './sessionRoles.ts'
import { readTimerRoot, writeTimerRoot } from './timerRoot.ts'

/**
 * The countdown of an atelier's live session: its facilitators start, pause, resume, lengthen,
 * shorten and clear it through the API, and the server writes it into the `timer` root in its
 * own clock's epoch milliseconds, so every browser counts down to the same instant.
 */
export class AtelierTimerService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #locks: KeyedLock

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    /** Moves of one atelier's timer and hands, one at a time in every process. */
    locks: KeyedLock
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#locks = options.locks
  }

  /**
   * Applies `action` to the timer of the atelier `atelierId` (see `moveTimer`) and answers the
   * timer as written. For its facilitators (`AUTH_FORBIDDEN` otherwise), until the session ends
   * (`CONFLICT` after: a finished session has no countdown to run).
   */
  async move(actor: Actor, atelierId: string, action: AtelierTimerBody): Promise<AtelierTimer> {
    const record = await loadReadableAtelier(this.#store, actor, atelierId)
    assertFacilitator(actor, record)
    return await this.#locks.run(record.id, () =>
      decideInChange(this.#content, record.id, (doc) => {
        assertSessionNotEnded(doc)
        const agendaIds = readAtelierDetails(doc, record.title).agenda.map((item) => item.id)
        const timer = moveTimer(readTimerRoot(doc), action, {
          now: this.#timers.now(),
          agendaIds,
        })
        writeTimerRoot(doc, timer)
        return timer
      }),
    )
  }
}
