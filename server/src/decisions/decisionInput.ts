import { z } from 'zod'
import {
  decisionOwnerSchema,
  decisionSubjectSchema,
  DECISION_LIMITS,
  DecisionStatus,
} from '../persistence/records/Decision.ts'

/** `POST /api/gouvernance/decisions`: a decision typed in by a manager of its instance. */
export const decisionCreateSchema = z.strictObject({
  instanceId: z.string().min(1).max(100),
  decidedOn: z.iso.date(),
  text: z.string().trim().min(1).max(DECISION_LIMITS.textLength),
  subject: decisionSubjectSchema.optional(),
  owner: decisionOwnerSchema.optional(),
  dueOn: z.iso.date().optional(),
})
export type DecisionCreateInput = z.infer<typeof decisionCreateSchema>

/** `POST /api/gouvernance/decisions/:id/suivi`: a new status and an optional note. */
export const decisionFollowUpSchema = z.strictObject({
  status: z.enum(Object.values(DecisionStatus) as [DecisionStatus, ...DecisionStatus[]]),
  note: z.string().trim().max(DECISION_LIMITS.noteLength).optional(),
})
export type DecisionFollowUpInput = z.infer<typeof decisionFollowUpSchema>
