import { z } from 'zod'
import { DocumentKind } from '@maillage/schema'
import { isDocumentId } from '@maillage/protocol'
import { spaceSchema } from './Space.ts'

/** A document's entry in the index: where it belongs, what it is, and its lifecycle. */
export const documentRecordSchema = z.object({
  id: z.string().refine(isDocumentId, 'invalid document id'),
  spaceId: spaceSchema.shape.id,
  kind: z.enum(Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]]),
  title: z.string().max(300),
  /** "Partagé avec tous les territoires": every signed-in member may read it. */
  sharedWithAll: z.boolean(),
  createdBy: z.string().min(1),
  createdAt: z.iso.datetime(),
  /** Last change of its content or title: set on creation, rename and after each saved edit. */
  updatedAt: z.iso.datetime(),
  /** Account of the last person whose edit was saved (absent until then, or without accounts). */
  lastEditorId: z.string().min(1).optional(),
  /** That person's name when the edit was saved, so lists need not look every account up. */
  lastEditorName: z.string().min(1).max(120).optional(),
  archivedAt: z.iso.datetime().optional(),
})
export type DocumentRecord = z.infer<typeof documentRecordSchema>
