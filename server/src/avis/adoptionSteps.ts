import {
  AvisAdoptionState,
  AvisPosition,
  type AvisAdoption,
  type AvisPerson,
  type AvisPositionEntry,
} from '@maillage/schema'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { AVIS_MESSAGES } from './avisMessages.ts'

// The adoption's state machine, pure: each step takes the adoption as it is in the avis's `meta`
// and answers the next one, or refuses with `CONFLICT` when the avis is not where the step starts.
// rédaction ⟶ soumis (submission; again from soumis after changes, positions reset) ⟶ adopté;
// a withdrawal goes back to rédaction from soumis or adopté, clearing the positions.

/** Freezes `versionId` as the submitted version; positions start over. */
export function submitStep(
  adoption: AvisAdoption,
  submission: { versionId: string; by: AvisPerson; at: string },
): AvisAdoption {
  if (adoption.state === AvisAdoptionState.Adopte) {
    throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.alreadyAdopted)
  }
  return {
    state: AvisAdoptionState.Soumis,
    submittedVersionId: submission.versionId,
    submittedAt: submission.at,
    submittedBy: submission.by,
    positions: [],
  }
}

/** Records `entry`, replacing the earlier position of the same person in its place. */
export function positionStep(adoption: AvisAdoption, entry: AvisPositionEntry): AvisAdoption {
  if (adoption.state !== AvisAdoptionState.Soumis) {
    throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notSubmitted)
  }
  const index = adoption.positions.findIndex((found) => found.account.id === entry.account.id)
  const positions =
    index === -1
      ? [...adoption.positions, entry]
      : adoption.positions.map((found, at) => (at === index ? entry : found))
  return { ...adoption, positions }
}

/**
 * Adopts the submitted version with the list of its approvers (at least one: an avis nobody
 * approved is not adopted); objections stay on record beside them.
 */
export function adoptStep(
  adoption: AvisAdoption,
  act: { by: AvisPerson; at: string },
): AvisAdoption {
  if (adoption.state !== AvisAdoptionState.Soumis || adoption.submittedVersionId === undefined) {
    throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notSubmitted)
  }
  const approvers = adoption.positions
    .filter((entry) => entry.position === AvisPosition.Approbation)
    .map((entry) => entry.account)
  if (approvers.length === 0) throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.noApproval)
  return {
    ...adoption,
    state: AvisAdoptionState.Adopte,
    adoptedAt: act.at,
    adoptedBy: act.by,
    approvers,
    adoptedVersionId: adoption.submittedVersionId,
  }
}

/** Back to rédaction: nothing submitted, no positions. */
export function withdrawStep(adoption: AvisAdoption): AvisAdoption {
  if (adoption.state === AvisAdoptionState.Redaction) {
    throw new AppError(ErrorCode.Conflict, AVIS_MESSAGES.notInAdoption)
  }
  return { state: AvisAdoptionState.Redaction, positions: [] }
}
