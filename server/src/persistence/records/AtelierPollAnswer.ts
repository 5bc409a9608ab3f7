import { z } from 'zod'
import { MAX_POLL_OPTIONS } from './AtelierPoll.ts'

/** Longest answer to an open question. */
export const MAX_OPEN_ANSWER_LENGTH = 280

/**
 * One person's answer to a poll: one per (poll, account), replaced while the poll is open. Only
 * the field of the poll's kind is set: `choices` (option ids), `value` (1–5) or `text`.
 */
export const atelierPollAnswerSchema = z.object({
  pollId: z.string().min(1),
  atelierId: z.string().min(1),
  accountId: z.string().min(1),
  choices: z.array(z.string().min(1).max(40)).max(MAX_POLL_OPTIONS).optional(),
  value: z.number().int().min(1).max(5).optional(),
  text: z.string().min(1).max(MAX_OPEN_ANSWER_LENGTH).optional(),
  answeredAt: z.iso.datetime(),
})
export type AtelierPollAnswer = z.infer<typeof atelierPollAnswerSchema>
