import { z } from 'zod'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** Longest text of one comment, in UTF-16 units. */
export const MAX_COMMENT_TEXT = 5000

/** Longest quote of the commented passage kept with a thread. */
export const MAX_COMMENT_QUOTE = 300

/** Most distinct people one comment may mention (each is a notification). */
export const MAX_COMMENT_MENTIONS = 20

// Clocks and client ids of Yjs are unsigned 53-bit integers at most.
const yjsId = z.lazy(() =>
  z.object({
    client: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
)

/**
 * A relative position as `Y.relativePositionToJSON` writes it, bounded: one item or one type,
 * a root name of at most 64 characters, `assoc` an integer.
 */
export const relativePositionSchema = z.lazy(() =>
  z.strictObject({
    type: yjsId.nullable().optional(),
    tname: z.string().max(64).nullable().optional(),
    item: yjsId.nullable().optional(),
    assoc: z.number().int().min(-1).max(1).optional(),
  }),
)

// Lone surrogates, which the `u` flag makes the only code units in this range that match: they
// are no text, and UTF-8 encoders (the Y.Doc, the JSON files) replace or refuse them.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u

// No NUL character nor lone surrogate: such text breaks the stores and the exports.
const cleanText = (max: number): z.ZodString =>
  z
    .string()
    .max(max)
    .refine((value) => !LONE_SURROGATE.test(value) && !value.includes('\u0000'), {
      error: 'Le texte contient des caractères invalides : retapez le passage collé.',
    })

/** Where a new thread is anchored: a passage of the rich text or a field, by name. */
export const commentAnchorSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('texte'),
      start: relativePositionSchema,
      end: relativePositionSchema,
      quote: cleanText(MAX_COMMENT_QUOTE),
    }),
    z.strictObject({
      type: z.literal('champ'),
      field: z.string().min(1).max(100),
      quote: cleanText(MAX_COMMENT_QUOTE).optional(),
    }),
  ]),
)

const commentText = cleanText(MAX_COMMENT_TEXT).refine((value) => value.trim().length > 0, {
  error: 'Le commentaire est vide : écrivez quelques mots.',
})

const mentionIds = z.lazy(() =>
  z.array(z.string().min(1).max(100)).max(MAX_COMMENT_MENTIONS).optional(),
)

/** `POST /api/documents/:id/commentaires`. */
export const commentCreateSchema = z.lazy(() =>
  z.strictObject({
    ancre: commentAnchorSchema,
    texte: commentText,
    mentions: mentionIds,
  }),
)
export type CommentCreateInput = z.infer<typeof commentCreateSchema>

/** `POST /api/documents/:id/commentaires/:threadId/reponses`. */
export const commentReplySchema = z.lazy(() =>
  z.strictObject({ texte: commentText, mentions: mentionIds }),
)
export type CommentReplyInput = z.infer<typeof commentReplySchema>

/** `PUT /api/documents/:id/commentaires/:threadId/statut`. */
export const commentStatusSchema = z.lazy(() =>
  z.strictObject({ statut: z.enum(['ouvert', 'resolu']) }),
)

/** `GET /api/documents/:id/commentaires/mentions?q=`. */
export const commentMentionQuerySchema = z.lazy(() =>
  z.object({ q: z.string().max(100).default('') }),
)
