import { z } from 'zod'
import { WALL_NOTE_MAX_LENGTH } from '@maillage/schema'
import { WALL_VOTE_BUDGET_MAX } from '../../../persistence/records/AtelierWallVote.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** Longest id of a note or a group a request may name (ids are UUIDs). */
const ID_MAX_LENGTH = 100

/** `PUT /api/ateliers/:id/mur/reglages`: at least one setting. */
export const wallSettingsSchema = z
  .object({
    anonymousAllowed: z.boolean().optional(),
    voteBudget: z.number().int().min(0).max(WALL_VOTE_BUDGET_MAX).optional(),
  })
  .strict()
  .refine((body) => body.anonymousAllowed !== undefined || body.voteBudget !== undefined, {
    error: 'Indiquez un réglage à changer.',
  })
export type WallSettingsInput = z.infer<typeof wallSettingsSchema>

/** `POST /api/ateliers/:id/mur/notes`. */
export const wallNoteSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'Écrivez le texte de la note.')
      .max(WALL_NOTE_MAX_LENGTH, `Une note tient en ${WALL_NOTE_MAX_LENGTH} caractères.`),
    anonymous: z.boolean().optional(),
  })
  .strict()
export type WallNoteInput = z.infer<typeof wallNoteSchema>

/** `POST /api/ateliers/:id/mur/notes/:noteId/points`. */
export const wallDotSchema = z.lazy(() =>
  z.object({ delta: z.union([z.literal(1), z.literal(-1)]) }).strict(),
)

/** `PATCH /api/ateliers/:id/mur/notes/:noteId`: hide or show, and/or move to a group. */
export const wallModerationSchema = z
  .object({
    hidden: z.boolean().optional(),
    groupId: z.string().max(ID_MAX_LENGTH).optional(),
  })
  .strict()
  .refine((body) => body.hidden !== undefined || body.groupId !== undefined, {
    error: 'Indiquez s’il faut masquer, afficher ou déplacer la note.',
  })
export type WallModerationInput = z.infer<typeof wallModerationSchema>

/** A note id from the path: bounded, so that a long one is refused before any lookup. */
export const wallNoteIdSchema = z.lazy(() => z.string().min(1).max(ID_MAX_LENGTH))
