import { z } from 'zod'

/** Longest question (or word cloud prompt) of a poll. */
export const MAX_POLL_QUESTION_LENGTH = 300
/** Longest label of an option. */
export const MAX_POLL_OPTION_LENGTH = 120
/** Fewest and most options of a choice poll. */
export const MIN_POLL_OPTIONS = 2
export const MAX_POLL_OPTIONS = 10
/** Most words a facilitator hides, and merges, in one word cloud. */
export const MAX_WORD_MODERATIONS = 200
/** Longest word of a word cloud. */
export const MAX_WORD_LENGTH = 40

/**
 * What a poll asks: one option (`single`), several (`multiple`), a level from 1 to 5 (`scale`), a
 * short text (`open`); a `word-cloud` asks one to three words (its `question` is the prompt).
 */
export const atelierPollKindSchema = z.enum(['single', 'multiple', 'scale', 'open', 'word-cloud'])
export type AtelierPollKind = z.infer<typeof atelierPollKindSchema>

/** Where a poll is: prepared, open to answers, closed (answers kept, no more changes). */
export const atelierPollStateSchema = z.enum(['draft', 'open', 'closed'])
export type AtelierPollState = z.infer<typeof atelierPollStateSchema>

export const atelierPollOptionSchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string().min(1).max(MAX_POLL_OPTION_LENGTH),
  /** A quiz's right answer(s): shown to participants with the results only. */
  correct: z.boolean().optional(),
})
export type AtelierPollOption = z.infer<typeof atelierPollOptionSchema>

const normalisedWordSchema = z.string().min(1).max(MAX_WORD_LENGTH)

/**
 * A poll, quiz or word cloud of an atelier's live session, prepared by its facilitators. The
 * word clouds are kept here too (kind `word-cloud`), with the facilitator's moderation: the words
 * hidden and the merges, by their normalised form.
 */
export const atelierPollSchema = z.object({
  id: z.string().min(1),
  atelierId: z.string().min(1),
  kind: atelierPollKindSchema,
  question: z.string().min(1).max(MAX_POLL_QUESTION_LENGTH),
  options: z.array(atelierPollOptionSchema).max(MAX_POLL_OPTIONS),
  /** Anonymous: no name ever reaches participants, nor the facilitator's results. */
  anonymous: z.boolean(),
  /** Place in the facilitator's list. */
  position: z.number().int().nonnegative(),
  state: atelierPollStateSchema,
  /** Results shown to every participant. */
  revealed: z.boolean(),
  launchedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  hiddenWords: z.array(normalisedWordSchema).max(MAX_WORD_MODERATIONS).optional(),
  merges: z
    .array(z.object({ from: normalisedWordSchema, into: normalisedWordSchema }))
    .max(MAX_WORD_MODERATIONS)
    .optional(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1),
})
export type AtelierPoll = z.infer<typeof atelierPollSchema>
