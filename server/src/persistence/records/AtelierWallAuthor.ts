import { z } from 'zod'

/**
 * Who posted an anonymous note of an atelier's wall: the note in the Y.Doc carries no author, so
 * that no participant learns it; the server keeps it here for moderation only (the regional
 * admins' reveal, the author withdrawing their own note). One per note.
 */
export const atelierWallAuthorSchema = z.object({
  atelierId: z.string().min(1),
  noteId: z.string().min(1),
  accountId: z.string().min(1),
  createdAt: z.iso.datetime(),
})
export type AtelierWallAuthor = z.infer<typeof atelierWallAuthorSchema>
