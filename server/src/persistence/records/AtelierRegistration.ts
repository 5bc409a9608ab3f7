import { z } from 'zod'
import { isDocumentId } from '@maillage/protocol'

/**
 * One person's registration to an atelier: `inscrit` holds a seat, `liste-attente` waits in
 * `registeredAt` order. A cancellation deletes the record (and promotes the first waiting).
 * At most one per (atelierId, accountId).
 */
export const atelierRegistrationSchema = z.object({
  atelierId: z.string().refine(isDocumentId, 'invalid document id'),
  accountId: z.string().min(1),
  status: z.enum(['inscrit', 'liste-attente']),
  registeredAt: z.iso.datetime(),
  /** When a waiting person got a seat. */
  promotedAt: z.iso.datetime().optional(),
  /**
   * The schedule the person was last told of (`atelierScheduleKey`: the start instant, or the day
   * while no time is set): set at registration, moved by each date change notified.
   */
  scheduleNotified: z.string().max(40).optional(),
  /** The start instant the reminder of the day before was sent for. */
  remindedFor: z.iso.datetime().optional(),
})
export type AtelierRegistration = z.infer<typeof atelierRegistrationSchema>
