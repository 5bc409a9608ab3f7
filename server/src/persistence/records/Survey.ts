import { z } from 'zod'
import { surveyQuestionSchema } from '@maillage/schema'
import { membershipSchema } from './Membership.ts'

/** How a survey is answered: one co-edited answer per targeted space, or one per person. */
export const SurveyMode = {
  Collective: 'collective',
  Individual: 'individual',
} as const
export type SurveyMode = (typeof SurveyMode)[keyof typeof SurveyMode]

/**
 * A survey of the CLPE (issue 7, item 5): its definition, the spaces asked to answer and, once
 * opened, its period. Its status is computed from the period and the clock (`surveyStatus`).
 */
export const surveySchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(200),
  introduction: z.string().max(5000),
  questions: z.array(surveyQuestionSchema),
  targetSpaceIds: z.array(membershipSchema.shape.spaceId),
  mode: z.enum([SurveyMode.Collective, SurveyMode.Individual]),
  /** Set when the survey is opened; both or neither. */
  opensAt: z.iso.datetime().optional(),
  closesAt: z.iso.datetime().optional(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
})
export type Survey = z.infer<typeof surveySchema>
