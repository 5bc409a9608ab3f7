import type * as Y from 'yjs'
import type { Actor } from '../../../auth/Actor.ts'
import { assertAllowed } from '../../../auth/assertAllowed.ts'
import { canFacilitateAtelier } from '../../../auth/atelierAccess.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import { readAtelierSession } from '../../atelierSession.ts'
import { TIMER_MESSAGES } from './timerMessages.ts'

/** Throws `AUTH_FORBIDDEN` unless `actor` facilitates the atelier (edits its document). */
export function assertFacilitator(actor: Actor, record: DocumentRecord): void {
  assertAllowed(canFacilitateAtelier(actor, record), TIMER_MESSAGES.facilitatorsOnly)
}

/**
 * Throws `AUTH_FORBIDDEN` unless `actor` takes part in the session: holds a seat (`inscrit`) or
 * facilitates. People on the waiting list and other readers watch the session (they see the
 * timer, the hands and the reactions) but neither raise a hand nor react.
 */
export async function assertParticipant(
  store: MetadataStore,
  actor: Actor,
  record: DocumentRecord,
): Promise<void> {
  if (canFacilitateAtelier(actor, record)) return
  const registration =
    actor.account.id === ''
      ? null
      : await store.ateliers.findRegistration(record.id, actor.account.id)
  assertAllowed(
    registration?.status === 'inscrit' && record.archivedAt === undefined,
    TIMER_MESSAGES.participantsOnly,
  )
}

/** Throws `CONFLICT` unless the session of `doc` is live (`en-cours`). Call inside a change. */
export function assertSessionLive(doc: Y.Doc): void {
  if (readAtelierSession(doc).state !== 'en-cours') {
    throw new AppError(ErrorCode.Conflict, TIMER_MESSAGES.sessionNotLive)
  }
}

/** Throws `CONFLICT` once the session of `doc` is over (`terminee`). Call inside a change. */
export function assertSessionNotEnded(doc: Y.Doc): void {
  if (readAtelierSession(doc).state === 'terminee') {
    throw new AppError(ErrorCode.Conflict, TIMER_MESSAGES.sessionEnded)
  }
}
