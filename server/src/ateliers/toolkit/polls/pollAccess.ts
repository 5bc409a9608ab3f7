import type { Actor } from '../../../auth/Actor.ts'
import { assertAllowed } from '../../../auth/assertAllowed.ts'
import { canFacilitateAtelier } from '../../../auth/atelierAccess.ts'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'
import type { DocumentRecord } from '../../../persistence/records/DocumentRecord.ts'
import { loadReadableAtelier } from '../../loadAtelier.ts'
import { POLL_MESSAGES } from './pollMessages.ts'

/** The atelier `atelierId` if `actor` facilitates it; `NOT_FOUND` / `AUTH_FORBIDDEN` otherwise. */
export async function loadFacilitatedAtelier(
  store: MetadataStore,
  actor: Actor,
  atelierId: string,
): Promise<DocumentRecord> {
  const record = await loadReadableAtelier(store, actor, atelierId)
  assertAllowed(canFacilitateAtelier(actor, record), POLL_MESSAGES.facilitatorsOnly)
  return record
}

/**
 * The atelier `atelierId` if `actor` takes part in its session: holds a seat (`inscrit`) or
 * facilitates. People on the waiting list and other readers see the polls, never answer them.
 */
export async function loadParticipatedAtelier(
  store: MetadataStore,
  actor: Actor,
  atelierId: string,
): Promise<DocumentRecord> {
  const record = await loadReadableAtelier(store, actor, atelierId)
  if (canFacilitateAtelier(actor, record)) return record
  const registration =
    actor.account.id === ''
      ? null
      : await store.ateliers.findRegistration(record.id, actor.account.id)
  assertAllowed(
    registration?.status === 'inscrit' && record.archivedAt === undefined,
    POLL_MESSAGES.participantsOnly,
  )
  return record
}

/**
 * The poll (or word cloud, `cloud` true) `pollId` of the atelier; `NOT_FOUND` when it is of
 * another atelier or of the other sort.
 */
export async function loadPoll(
  store: MetadataStore,
  atelier: DocumentRecord,
  pollId: string,
  cloud: boolean,
): Promise<AtelierPoll> {
  const poll = await store.atelierPolls.findPoll(pollId)
  if (poll === null || poll.atelierId !== atelier.id || (poll.kind === 'word-cloud') !== cloud) {
    throw new AppError(
      ErrorCode.NotFound,
      cloud ? POLL_MESSAGES.cloudNotFound : POLL_MESSAGES.notFound,
    )
  }
  return poll
}
