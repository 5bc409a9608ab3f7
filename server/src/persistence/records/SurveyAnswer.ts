import { z } from 'zod'
import { membershipSchema } from './Membership.ts'

const surveyValueSchema = z.union([z.number(), z.string(), z.array(z.string())])

/**
 * The answer of a targeted space (collective mode) or of one person (individual mode) to a survey:
 * the Y.Doc its members co-edit, and the snapshot of its last submission.
 */
export const surveyAnswerSchema = z.object({
  /** `<surveyId>.<spaceId>`, or `<surveyId>.<spaceId>.<accountId>` for an individual answer. */
  id: z.string().min(1),
  surveyId: z.string().min(1),
  spaceId: membershipSchema.shape.spaceId,
  accountId: z.string().min(1).optional(),
  documentId: z.string().min(1),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().optional(),
  submittedBy: z.string().min(1).optional(),
  /** The values read and validated at the last submission, by question id. */
  values: z.record(z.string(), surveyValueSchema).optional(),
})
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>
