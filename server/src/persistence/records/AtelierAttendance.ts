import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'

/** One person seen in an atelier's live session. At most one per (atelierId, accountId). */
export const atelierAttendanceSchema = z.object({
  atelierId: z.string().refine(isDocumentId, 'invalid document id'),
  accountId: z.string().min(1),
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
})
export type AtelierAttendance = z.infer<typeof atelierAttendanceSchema>
