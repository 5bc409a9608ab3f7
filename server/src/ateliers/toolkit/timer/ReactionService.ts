import { randomBytes } from 'node:crypto'
import type * as Y from 'yjs'
import {
  DocumentRoot,
  REACTIONS_KEPT,
  REACTION_VISIBLE_MS,
  type AtelierReaction,
  type ReactionKind,
} from '@maillage/schema'
import type { Actor } from '../../../auth/Actor.ts'
import type { AccountRateLimit } from '../../../auth/AccountRateLimit.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { Timers } from '../../../time/Timers.ts'
import { loadReadableAtelier } from '../../loadAtelier.ts'
import { decideInChange } from './decideInChange.ts'
import { assertParticipant, assertSessionLive } from './sessionRoles.ts'

/** Reactions older than this are dropped from the root at the next one: nobody shows them any more. */
const REACTION_KEPT_MS = 2 * REACTION_VISIBLE_MS

/**
 * Drops from `reactions` what no screen shows any more (older than {@link REACTION_KEPT_MS}) and
 * all but the last {@link REACTIONS_KEPT}, so the root stays a few hundred bytes whatever the
 * length of the session.
 */
function trimReactions(reactions: Y.Array<unknown>, now: number): void {
  const entries = reactions.toJSON()
  let stale = Math.max(0, entries.length - REACTIONS_KEPT)
  while (stale < entries.length) {
    const entry: unknown = entries[stale]
    const at = typeof entry === 'object' && entry !== null && 'at' in entry ? entry.at : null
    if (typeof at === 'number' && now - at < REACTION_KEPT_MS) break
    stale += 1
  }
  if (stale > 0) reactions.delete(0, stale)
}

/**
 * The reactions of an atelier's live session: seat holders and facilitators send one of a fixed
 * set through the API, rate-limited per account; the server appends it, anonymous and stamped
 * with its own clock, to the `reactions` root, which it trims, and every browser shows it fading.
 * An API and a server-written root rather than awareness: the server checks who reacts and how
 * often with the rules of every other request, and the reactions reach everyone in order.
 */
export class ReactionService {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #timers: Timers
  readonly #rateLimit: AccountRateLimit

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    timers: Timers
    /** Reactions per account (`RATE_LIMITED` past it). */
    rateLimit: AccountRateLimit
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#timers = options.timers
    this.#rateLimit = options.rateLimit
  }

  /**
   * Sends the reaction `kind` of `actor` in the atelier `atelierId`'s live session. Seat holders
   * and facilitators only (`AUTH_FORBIDDEN`), while the session is live (`CONFLICT`), within the
   * rate (`RATE_LIMITED`, with the seconds to wait).
   */
  async send(actor: Actor, atelierId: string, kind: ReactionKind): Promise<AtelierReaction> {
    const record = await loadReadableAtelier(this.#store, actor, atelierId)
    await assertParticipant(this.#store, actor, record)
    await this.#rateLimit.admit(actor.account.id)
    return await decideInChange(this.#content, record.id, (doc) => {
      assertSessionLive(doc)
      const now = this.#timers.now()
      const reaction: AtelierReaction = { id: randomBytes(9).toString('base64url'), kind, at: now }
      const reactions = doc.getArray<unknown>(DocumentRoot.Reactions)
      reactions.push([{ ...reaction }])
      trimReactions(reactions, now)
      return reaction
    })
  }
}
