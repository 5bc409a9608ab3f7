import { isDocumentId } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { AssessmentDocumentDeps } from './openAssessmentDocument.ts'

/**
 * Archives the documents of a closed campaign's self-assessments: read-only for everyone from
 * then on (`documentAccess`), the writers' connections closed and reopened read-only. A document
 * already archived or deleted is left as it is.
 */
export async function archiveAssessments(
  deps: AssessmentDocumentDeps,
  actor: Actor,
  assessments: readonly MaturityAssessment[],
): Promise<void> {
  for (const assessment of assessments) {
    if (!isDocumentId(assessment.documentId)) continue
    const record = await deps.store.findDocument(assessment.documentId)
    if (record !== null && record.archivedAt === undefined) {
      await deps.documents.archive(actor, record)
    }
  }
}
