import { z } from 'zod'

/** Bounds of a milestone of the governance's calendar. */
export const MILESTONE_LIMITS = {
  titleLength: 200,
  descriptionLength: 2000,
} as const

/**
 * A dated step of the governance's calendar that is not a séance: a validation deadline (the
 * cahier des charges, the coordinated offer), a presentation, the start of the follow-up.
 */
export const governanceMilestoneSchema = z
  .object({
    id: z.string().min(1).max(100),
    title: z.string().min(1).max(MILESTONE_LIMITS.titleLength),
    /** `YYYY-MM-DD`. */
    date: z.iso.date(),
    /** Last day, for a milestone that spans several days. */
    endDate: z.iso.date().optional(),
    /** The instance it concerns, if one. */
    instanceId: z.string().min(1).max(100).optional(),
    description: z.string().max(MILESTONE_LIMITS.descriptionLength),
    createdAt: z.iso.datetime(),
  })
  .refine((milestone) => milestone.endDate === undefined || milestone.endDate >= milestone.date, {
    error: 'endDate is before date',
    path: ['endDate'],
  })
export type GovernanceMilestone = z.infer<typeof governanceMilestoneSchema>
