import type { ReviewRightsView } from '@maillage/protocol'
import {
  DEFAULT_LECTEUR_REVIEW,
  DocumentKind,
  EditingMode,
  LecteurReview,
  SpaceRole,
} from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Membership } from '../persistence/records/Membership.ts'
import type { Space } from '../persistence/records/Space.ts'
import { documentAccess, roleIn } from './accessPolicy.ts'
import type { Actor } from './Actor.ts'

/** Nothing but reading. */
const READ_ONLY: ReviewRightsView = {
  comment: false,
  suggest: false,
  edit: false,
  defaultMode: EditingMode.Edition,
}

// Kinds whose content is written through their own workflow, never reviewed in the text.
const NOT_REVIEWED: ReadonlySet<string> = new Set([
  DocumentKind.Discussion,
  DocumentKind.AutoEvaluation,
])

/**
 * What `actor` may do to review `record` of `space` (`membership`: the actor's in that space, if
 * any). Whoever may write the document comments, suggests and edits, in the mode their membership
 * sets (`edition` when none). A lecteur of the space comments or also suggests when the space
 * allows it (`Space.relecture`); a reader from outside the space (a document shared with all
 * territories) only reads. Archived documents are read only, for everyone.
 */
export function reviewRightsOf(
  actor: Actor,
  record: DocumentRecord,
  space: Space | null,
  membership: Membership | null,
): ReviewRightsView {
  const access = documentAccess(actor, record)
  if (access === null || record.archivedAt !== undefined || NOT_REVIEWED.has(record.kind)) {
    return READ_ONLY
  }
  if (access === 'write') {
    return {
      comment: true,
      suggest: true,
      edit: true,
      defaultMode: membership?.modeParDefaut ?? EditingMode.Edition,
    }
  }
  if (roleIn(actor, record.spaceId) !== SpaceRole.Lecteur) return READ_ONLY
  const allowed = space?.relecture?.lecteurs ?? DEFAULT_LECTEUR_REVIEW
  return {
    comment: allowed !== LecteurReview.Lecture,
    suggest: allowed === LecteurReview.Suggestion,
    edit: false,
    defaultMode: EditingMode.Suggestion,
  }
}
