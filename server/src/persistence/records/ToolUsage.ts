import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'
import { spaceSchema } from './Space.ts'

/** Longest comment of a CLPE on a tool, in characters. */
export const MAX_USAGE_COMMENT_LENGTH = 1000

/**
 * What one CLPE says of one tool: at most one per (documentId, spaceId), replaced by whoever marks
 * it last.
 */
export const toolUsageSchema = z.object({
  documentId: z.string().refine(isDocumentId, 'invalid document id'),
  spaceId: spaceSchema.shape.id,
  used: z.boolean(),
  // Absent until the CLPE rates it: marking a tool as used says nothing of its worth.
  usefulness: z.number().int().min(1).max(5).optional(),
  ease: z.number().int().min(1).max(5).optional(),
  comment: z.string().max(MAX_USAGE_COMMENT_LENGTH),
  updatedBy: z.string().min(1),
  updatedAt: z.iso.datetime(),
})
export type ToolUsage = z.infer<typeof toolUsageSchema>
