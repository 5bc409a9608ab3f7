import { z } from 'zod'

/**
 * A person's subscription address to the programme of ateliers: a secret token in the URL (calendar
 * applications send no cookie), stored hashed. One live feed per account; a new one replaces it.
 */
export const calendarFeedSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  tokenHash: z.string().min(1),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
})
export type CalendarFeed = z.infer<typeof calendarFeedSchema>
