import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'
import { httpsUrlOf } from '@maillage/schema'

/** Longest visio link of an atelier, in characters. */
export const VISIO_LINK_MAX_LENGTH = 2000

/**
 * What the server keeps of an atelier outside its Y.Doc, one per atelier (`id` is its document's
 * id): its visio link, which only seat holders and facilitators may see. Kept out of the Y.Doc
 * because every reader of the atelier receives the whole Y.Doc over the websocket.
 */
export const atelierRecordSchema = z.object({
  id: z.string().refine(isDocumentId, 'invalid document id'),
  /** An `https://` address, or '' while not set. */
  visioLink: z
    .string()
    .max(VISIO_LINK_MAX_LENGTH)
    .refine((value) => value === '' || httpsUrlOf(value) === value, 'not an https address'),
  updatedAt: z.iso.datetime(),
  /** Account of the facilitator who last set the link (or created the atelier). */
  updatedBy: z.string().min(1),
})
export type AtelierRecord = z.infer<typeof atelierRecordSchema>
