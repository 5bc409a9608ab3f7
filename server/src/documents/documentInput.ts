import { z } from 'zod'
import { DocumentKind, KINDS_WITH_OWN_WORKFLOW } from '@maillage/schema'

const titleSchema = z
  .string()
  .trim()
  .min(1, 'Donnez un titre au document.')
  .max(300, 'Le titre ne doit pas dépasser 300 caractères.')

/** The form of a new document of a space: a kind without a workflow of its own, and a title. */
export const newDocumentSchema = z.object({
  kind: z
    .enum(Object.values(DocumentKind) as [DocumentKind, ...DocumentKind[]], {
      error: 'Choisissez un type de document.',
    })
    .refine((kind) => !KINDS_WITH_OWN_WORKFLOW.has(kind), {
      error:
        'Un atelier se crée depuis le programme des ateliers, un échange depuis la page Échanges.',
    }),
  title: titleSchema,
})
/** A new document's form, validated. */
export type NewDocumentInput = z.infer<typeof newDocumentSchema>

/** A change of a document: its title, its sharing with every territory, or both. */
export const documentPatchSchema = z
  .object({ title: titleSchema.optional(), sharedWithAll: z.boolean().optional() })
  .refine((patch) => patch.title !== undefined || patch.sharedWithAll !== undefined, {
    error: 'Indiquez le nouveau titre ou le partage.',
  })
/** A document change, validated. */
export type DocumentPatch = z.infer<typeof documentPatchSchema>
