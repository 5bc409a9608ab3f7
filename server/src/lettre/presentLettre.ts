import type { LettreDraftView, LettreSummaryView } from '@maillage/protocol'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isProofread, type LettreEditionState } from './lettreEdition.ts'
import { LETTRE_MESSAGES } from './lettreMessages.ts'

/** The status value of a published numéro (`lettreKind`). */
export const PUBLISHED = 'diffusee'

/** The numéro the index keeps of a record, 0 when none. */
export function numeroOf(record: DocumentRecord): number {
  const value = Number(record.keyFields?.['numero'] ?? '')
  return Number.isInteger(value) && value > 0 ? value : 0
}

/**
 * Published: the server recorded its publication in `meta`, which its editors cannot write
 * (`documentSyncGrant`); a `statut` set by hand in the fields does not publish it.
 */
export function isPublished(state: LettreEditionState): boolean {
  return state.publication !== null
}

/** In the archive: the index says published and shared with all, as a publication leaves it. */
export function isArchived(record: DocumentRecord): boolean {
  return record.status === PUBLISHED && record.sharedWithAll
}

/** The refusal of a second publication (or a proof-reading after it). */
export function alreadyPublished(): AppError {
  return new AppError(ErrorCode.Conflict, LETTRE_MESSAGES.alreadyPublished, {
    details: { raison: 'deja-diffusee' },
  })
}

/** A published numéro in the archive, from the index. */
export function summaryOf(record: DocumentRecord): LettreSummaryView {
  return {
    id: record.id,
    title: record.title,
    numero: numeroOf(record),
    dateParution: record.keyFields?.['dateParution'] ?? '',
  }
}

/** A numéro in preparation, with whether it may be published now. */
export function draftViewOf(record: DocumentRecord, state: LettreEditionState): LettreDraftView {
  return {
    id: record.id,
    title: state.title === '' ? record.title : state.title,
    numero: state.numero === 0 ? numeroOf(record) : state.numero,
    proofread: isProofread(state),
    ...(state.proofreading === null
      ? {}
      : { proofreading: { at: state.proofreading.at, byName: state.proofreading.byName } }),
  }
}
