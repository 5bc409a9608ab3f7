import { z } from 'zod'
import { DocumentKind, pilotageIndexSchema } from '@maillage/schema'
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
  /** The one account that may open it (a person's individual survey answer); absent for all others. */
  privateTo: z.string().min(1).optional(),
  /** The value of its kind's status field at the last indexing (absent for kinds without one). */
  status: z.string().max(100).optional(),
  /** A few key fields of its kind as short strings, by field name, at the last indexing. */
  keyFields: z.record(z.string().max(100), z.string().max(500)).optional(),
  /** Quality score out of 100 at the last indexing, for kinds with a quality grid. */
  qualityScore: z.number().int().min(0).max(100).optional(),
  /** Up to three weakest criteria of that quality check, weakest first. */
  weakCriteria: z
    .array(
      z.object({
        id: z.string().min(1).max(100),
        label: z.string().min(1).max(300),
        level: z.enum(['point-fort', 'a-consolider', 'axe-de-progres']),
      }),
    )
    .max(3)
    .optional(),
  /** Number of field values of the wrong type found at the last indexing. */
  fieldProblems: z.number().int().min(0).optional(),
  /**
   * What the dashboards read of a fiche action or feuille de route (indicators and their latest
   * measurements, bilan, linked fiches) at the last indexing; absent for other kinds, and for
   * records indexed before it existed until the start-up backfill re-indexes them.
   */
  pilotage: pilotageIndexSchema.optional(),
})
export type DocumentRecord = z.infer<typeof documentRecordSchema>
