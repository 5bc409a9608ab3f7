import { z } from 'zod'
import {
  MAX_POLL_OPTION_LENGTH,
  MAX_POLL_OPTIONS,
  MAX_POLL_QUESTION_LENGTH,
  MAX_WORD_LENGTH,
} from '../../../persistence/records/AtelierPoll.ts'
import { MAX_OPEN_ANSWER_LENGTH } from '../../../persistence/records/AtelierPollAnswer.ts'
import { MAX_WORDS_PER_ENTRY } from '../../../persistence/records/AtelierWordEntry.ts'
import { WORD_PATTERN } from './wordCloud/normaliseWord.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

const question = z.lazy(() => z.string().trim().min(1).max(MAX_POLL_QUESTION_LENGTH))
const optionInput = z.lazy(() =>
  z.object({
    label: z.string().trim().min(1).max(MAX_POLL_OPTION_LENGTH),
    correct: z.boolean().optional(),
  }),
)

/** `POST /api/ateliers/:id/sondages` (the options' count is checked against the kind later). */
export const pollCreateSchema = z.lazy(() =>
  z.strictObject({
    kind: z.enum(['single', 'multiple', 'scale', 'open']),
    question,
    options: z.array(optionInput).max(MAX_POLL_OPTIONS).optional(),
    anonymous: z.boolean(),
  }),
)
export type PollCreateInput = z.infer<typeof pollCreateSchema>

/** `PATCH /api/ateliers/:id/sondages/:pollId`. */
export const pollPatchSchema = z.lazy(() =>
  z.strictObject({
    kind: z.enum(['single', 'multiple', 'scale', 'open']).optional(),
    question: question.optional(),
    options: z.array(optionInput).max(MAX_POLL_OPTIONS).optional(),
    anonymous: z.boolean().optional(),
    position: z.number().int().min(0).max(1000).optional(),
  }),
)
export type PollPatchInput = z.infer<typeof pollPatchSchema>

/** `POST /api/ateliers/:id/sondages/:pollId/etat`. */
export const pollActionSchema = z.lazy(() =>
  z.strictObject({
    action: z.enum(['lancer', 'cloturer', 'reveler', 'masquer']),
  }),
)
export type PollAction = z.infer<typeof pollActionSchema>['action']

/**
 * `PUT /api/ateliers/:id/sondages/:pollId/reponse`: strict, so a body naming an `accountId`
 * (answering as someone else) is refused as invalid — the account is the session's, always.
 */
export const pollAnswerSchema = z.lazy(() =>
  z.strictObject({
    choices: z.array(z.string().min(1).max(40)).min(1).max(MAX_POLL_OPTIONS).optional(),
    value: z.number().int().min(1).max(5).optional(),
    text: z.string().trim().min(1).max(MAX_OPEN_ANSWER_LENGTH).optional(),
  }),
)
export type PollAnswerInput = z.infer<typeof pollAnswerSchema>

/** `POST /api/ateliers/:id/nuages`. */
export const wordCloudCreateSchema = z.lazy(() => z.strictObject({ prompt: question }))

/** `POST /api/ateliers/:id/nuages/:cloudId/etat`. */
export const wordCloudActionSchema = z.lazy(() =>
  z.strictObject({ action: z.enum(['cloturer', 'rouvrir']) }),
)

const word = z.lazy(() =>
  z.string().trim().min(1).max(MAX_WORD_LENGTH).regex(WORD_PATTERN, {
    error: 'Un mot ne contient que des lettres, chiffres, traits d’union et apostrophes.',
  }),
)

/** `PUT /api/ateliers/:id/nuages/:cloudId/mots`: strict too (no `accountId`). */
export const wordsSchema = z.lazy(() =>
  z.strictObject({
    words: z.array(word).min(1).max(MAX_WORDS_PER_ENTRY),
  }),
)

const key = z.lazy(() => z.string().min(1).max(MAX_WORD_LENGTH))

/** `POST /api/ateliers/:id/nuages/:cloudId/moderation`, words by their normalised key. */
export const wordModerationSchema = z.lazy(() =>
  z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('fusionner'), from: key, into: key }),
    z.strictObject({ action: z.literal('masquer'), word: key }),
    z.strictObject({ action: z.literal('afficher'), word: key }),
  ]),
)
export type WordModerationInput = z.infer<typeof wordModerationSchema>
