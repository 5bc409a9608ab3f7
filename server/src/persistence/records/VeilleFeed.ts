import { z } from 'zod'

/**
 * A person's secret address of the veille's Atom and RSS feeds: feed readers send no cookie, so
 * a token in the URL is the credential, stored hashed (like the ateliers' calendar). One live
 * address per account; a new one revokes the previous one.
 */
export const veilleFeedSchema = z.object({
  id: z.string().min(1),
  accountId: z.string().min(1),
  tokenHash: z.string().min(1),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().optional(),
})
export type VeilleFeed = z.infer<typeof veilleFeedSchema>
