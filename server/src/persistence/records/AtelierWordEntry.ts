import { z } from 'zod'
import { MAX_WORD_LENGTH } from './AtelierPoll.ts'

/** Most words one person sends to a word cloud. */
export const MAX_WORDS_PER_ENTRY = 3

/**
 * The one to three words a person sent to a word cloud (a poll of kind `word-cloud`), as typed:
 * one submission per (cloud, account), replaced while the cloud is open.
 */
export const atelierWordEntrySchema = z.object({
  cloudId: z.string().min(1),
  atelierId: z.string().min(1),
  accountId: z.string().min(1),
  words: z.array(z.string().min(1).max(MAX_WORD_LENGTH)).min(1).max(MAX_WORDS_PER_ENTRY),
  sentAt: z.iso.datetime(),
})
export type AtelierWordEntry = z.infer<typeof atelierWordEntrySchema>
