import { z } from 'zod'

/**
 * A campaign of the démarche de progression: the regional team asks every CLPE to assess its
 * maturity on the national grid between two days (Europe/Paris, both included). Its status comes
 * from those days, the clock and `closedAt` (`maturity/campaignStatus.ts`).
 */
export const maturityCampaignSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1).max(200),
  /** First day assessments are accepted, `YYYY-MM-DD` (Europe/Paris). */
  opensAt: z.iso.date(),
  /** Last day assessments are accepted, `YYYY-MM-DD` (Europe/Paris), not before `opensAt`. */
  closesAt: z.iso.date(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  /** Set when the regional team closes it before `closesAt` has passed. */
  closedAt: z.iso.datetime().optional(),
  /** Set once the documents of its self-assessments were archived after it closed. */
  documentsArchivedAt: z.iso.datetime().optional(),
})
export type MaturityCampaign = z.infer<typeof maturityCampaignSchema>
