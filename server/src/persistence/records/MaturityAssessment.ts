import { z } from 'zod'
import { membershipSchema } from './Membership.ts'

/** The most questions a grid may have: bounds what a stored submission holds. */
const MAX_QUESTIONS = 100

const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

/** A maturity profile as stored with a submission (`MaturityProfile` of `@maillage/schema`). */
export const maturityProfileSchema = z.object({
  themes: z
    .array(
      z.object({
        themeId: z.string().min(1),
        label: z.string().min(1),
        average: z.number().min(1).max(4).nullable(),
        level: levelSchema.nullable(),
        answered: z.number().int().min(0),
        total: z.number().int().min(0),
      }),
    )
    .max(20)
    .readonly(),
  level: levelSchema.nullable(),
  complete: z.boolean(),
})

/**
 * The self-assessment of one CLPE in one campaign: the Y.Doc (kind `auto-evaluation`, in the
 * CLPE's space) its members co-edit, and what its last submission froze.
 */
export const maturityAssessmentSchema = z.object({
  /** `<campaignId>.<spaceId>`: one per campaign and space. */
  id: z.string().min(1),
  campaignId: z.string().min(1),
  spaceId: membershipSchema.shape.spaceId,
  documentId: z.string().min(1),
  createdAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().optional(),
  submittedBy: z.string().min(1).optional(),
  /** The level chosen for each question at the last submission, by question id. */
  answers: z
    .record(z.string().min(1), levelSchema)
    .refine((answers) => Object.keys(answers).length <= MAX_QUESTIONS, 'too many answers')
    .optional(),
  profile: maturityProfileSchema.optional(),
})
export type MaturityAssessment = z.infer<typeof maturityAssessmentSchema>
