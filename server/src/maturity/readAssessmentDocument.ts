import { isDocumentId } from '@maillage/protocol'
import { DocumentRoot, autoEvaluationKind, readFields } from '@maillage/schema'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import { readFieldsJson } from '../documents/readFieldsJson.ts'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import { readAssessment, type AssessmentReading } from './readAssessment.ts'

/**
 * Reads a self-assessment from its live Y.Doc (edits not yet saved included, without loading its
 * room): its fields validated as the kind `auto-evaluation` reads them, then `readAssessment`.
 */
export async function readAssessmentDocument(
  content: DocumentContent,
  assessment: MaturityAssessment,
): Promise<AssessmentReading> {
  if (!isDocumentId(assessment.documentId)) return readAssessment({})
  const raw = await content.read(
    assessment.documentId,
    (doc) => readFieldsJson(doc.getMap(DocumentRoot.Fields)).fields,
  )
  return readAssessment(readFields(autoEvaluationKind, raw).values)
}
