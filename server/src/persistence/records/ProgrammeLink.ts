import { z } from 'zod'

/** What may carry out a line of the programme. */
export const ProgrammeLinkKind = {
  Atelier: 'atelier',
  Outil: 'outil',
  Document: 'document',
} as const
export type ProgrammeLinkKind = (typeof ProgrammeLinkKind)[keyof typeof ProgrammeLinkKind]

/**
 * An atelier, a fiche outil or a document (a synthèse, a numéro of the lettre…) carrying out a
 * line of the programme. It is attached to the line's `lineKey`, so it follows the line into the
 * later versions; `lineId` is the line as it was linked. One target is linked once per line.
 */
export const programmeLinkSchema = z.object({
  id: z.string().min(1),
  lineKey: z.string().min(1).max(100),
  lineId: z.string().min(1),
  target: z.object({
    kind: z.enum(Object.values(ProgrammeLinkKind) as [ProgrammeLinkKind, ...ProgrammeLinkKind[]]),
    /** The atelier's or the document's id. */
    id: z.string().min(1).max(100),
  }),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1),
})
export type ProgrammeLink = z.infer<typeof programmeLinkSchema>
