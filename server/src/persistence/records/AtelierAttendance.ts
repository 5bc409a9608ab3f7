import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'

/**
 * One person seen in an atelier's live session: only seat holders and facilitators are recorded.
 * At most one per (atelierId, accountId).
 */
export const atelierAttendanceSchema = z.object({
  atelierId: z.string().refine(isDocumentId, 'invalid document id'),
  accountId: z.string().min(1),
  /** When the person was first seen in the live session. */
  firstSeenAt: z.iso.datetime(),
  /**
   * The last time the person was seen in the live session: a websocket connection of theirs
   * joined the atelier while the session was live, or was connected when it started or ended.
   * Refreshed at most once a minute (`ATTENDANCE_REFRESH_MS`), so up to 60 s behind; it is not
   * when they left.
   */
  lastSeenAt: z.iso.datetime(),
})
export type AtelierAttendance = z.infer<typeof atelierAttendanceSchema>
