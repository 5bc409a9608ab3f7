import type * as Y from 'yjs'
import { DocumentRoot, MAX_RAISED_HANDS, readRaisedHands, type RaisedHand } from '@maillage/schema'
import type { Actor } from '../../../auth/Actor.ts'
import type { KeyedLock } from '../../../coordination/KeyedLock.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { isoTime } from '../../../time/isoTime.ts'
import type { Timers } from '../../../time/Timers.ts'
import { loadReadableAtelier } from '../../loadAtelier.ts'
import { decideInChange } from './decideInChange.ts'
import { assertFacilitator, assertParticipant, assertSessionLive } from './sessionRoles.ts'
import { TIMER_MESSAGES } from './timerMessages.ts'

function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message)
}

function handsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(DocumentRoot.Hands)
}

/** Deletes the entries of `accountId` (one, unless the root was written by other means). */
function removeHandOf(hands: Y.Array<unknown>, accountId: string): boolean {
  let removed = false
  for (let index = hands.length - 1; index >= 0; index -= 1) {
    const entry = hands.get(index)
    if (typeof entry === 'object' && entry !== null && 'accountId' in entry) {
      if (entry.accountId === accountId) {
        hands.delete(index, 1)
        removed = true
      }
    }
  }
  return removed
}

/**
 * The raised hands of an atelier's live session: seat holders (and facilitators) raise and lower
 * their own, the server appends them in the order it receives them to the `hands` root with the
 * account's name and the time; facilitators give the floor to one (its hand goes down) or lower
 * them all. One hand per person, at most {@link MAX_RAISED_HANDS} at once; the moves of one
 * atelier run one at a time in every process, so parallel raises get distinct places.
 */
export class RaisedHandsService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #locks: KeyedLock

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    locks: KeyedLock
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#locks = options.locks
  }

  /** Raises the actor's hand at the end of the queue; `CONFLICT` if raised, full or not live. */
  async raise(actor: Actor, atelierId: string): Promise<RaisedHand[]> {
    const record = await this.#participantAtelier(actor, atelierId)
    const hand: RaisedHand = {
      accountId: actor.account.id,
      name: actor.account.name,
      raisedAt: isoTime(this.#timers),
    }
    return await this.#change(record, (doc) => {
      assertSessionLive(doc)
      const queue = readRaisedHands(handsOf(doc).toJSON())
      if (queue.some((entry) => entry.accountId === hand.accountId)) {
        throw conflict(TIMER_MESSAGES.alreadyRaised)
      }
      if (queue.length >= MAX_RAISED_HANDS) throw conflict(TIMER_MESSAGES.queueFull)
      handsOf(doc).push([{ ...hand }])
    })
  }

  /** Lowers the actor's own hand; `CONFLICT` if it is not raised. */
  async lower(actor: Actor, atelierId: string): Promise<RaisedHand[]> {
    const record = await this.#participantAtelier(actor, atelierId)
    return await this.#change(record, (doc) => {
      if (!removeHandOf(handsOf(doc), actor.account.id)) throw conflict(TIMER_MESSAGES.notRaised)
    })
  }

  /**
   * Gives the floor to `accountId` (facilitators): their hand goes down. `CONFLICT` if it is no
   * longer raised (two facilitators clicking at once give the floor once).
   */
  async giveFloor(actor: Actor, atelierId: string, accountId: string): Promise<RaisedHand[]> {
    const record = await loadReadableAtelier(this.#store, actor, atelierId)
    assertFacilitator(actor, record)
    return await this.#change(record, (doc) => {
      if (!removeHandOf(handsOf(doc), accountId)) throw conflict(TIMER_MESSAGES.handGone)
    })
  }

  /** Lowers every hand (facilitators). */
  async clear(actor: Actor, atelierId: string): Promise<RaisedHand[]> {
    const record = await loadReadableAtelier(this.#store, actor, atelierId)
    assertFacilitator(actor, record)
    return await this.#change(record, (doc) => {
      const hands = handsOf(doc)
      if (hands.length > 0) hands.delete(0, hands.length)
    })
  }

  async #participantAtelier(actor: Actor, atelierId: string): Promise<DocumentRecord> {
    const record = await loadReadableAtelier(this.#store, actor, atelierId)
    await assertParticipant(this.#store, actor, record)
    return record
  }

  /** Runs `apply` under the atelier's lock in one change; answers the queue after it. */
  #change(record: DocumentRecord, apply: (doc: Y.Doc) => void): Promise<RaisedHand[]> {
    return this.#locks.run(record.id, () =>
      decideInChange(this.#content, record.id, (doc) => {
        apply(doc)
        return readRaisedHands(handsOf(doc).toJSON())
      }),
    )
  }
}
