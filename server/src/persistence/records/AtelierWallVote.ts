import { z } from 'zod'

/** Most dots a participant may have on an atelier's wall (the facilitator's budget is 0–20). */
export const WALL_VOTE_BUDGET_MAX = 20

/**
 * The dots one participant placed on one note of an atelier's wall (several on one note allowed,
 * within the facilitator's budget). One per (atelier, note, account); removed at 0.
 */
export const atelierWallVoteSchema = z.object({
  atelierId: z.string().min(1),
  noteId: z.string().min(1),
  accountId: z.string().min(1),
  count: z.number().int().min(1).max(WALL_VOTE_BUDGET_MAX),
})
export type AtelierWallVote = z.infer<typeof atelierWallVoteSchema>
