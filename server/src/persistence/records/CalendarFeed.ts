import { z } from 'zod'

/** Which calendar a subscription address serves: the programme of ateliers, or the governance's. */
export const CalendarFeedScope = {
  Ateliers: 'ateliers',
  Gouvernance: 'gouvernance',
} as const
export type CalendarFeedScope = (typeof CalendarFeedScope)[keyof typeof CalendarFeedScope]

/**
 * A person's subscription address to a calendar: a secret token in the URL (calendar applications
 * send no cookie), stored hashed. One live feed per account and scope; a new one replaces it.
 * Without `scope`, the programme of ateliers (the addresses made before the governance's).
 */
export const calendarFeedSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  tokenHash: z.string().min(1),
  scope: z
    .enum(Object.values(CalendarFeedScope) as [CalendarFeedScope, ...CalendarFeedScope[]])
    .optional(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
})
export type CalendarFeed = z.infer<typeof calendarFeedSchema>
