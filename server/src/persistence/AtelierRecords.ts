import type { AtelierAttendance } from './records/AtelierAttendance.ts'
import type { AtelierRecord } from './records/AtelierRecord.ts'
import type { AtelierRegistration } from './records/AtelierRegistration.ts'
import type { CalendarFeed } from './records/CalendarFeed.ts'

/**
 * What the server keeps of ateliers outside their Y.Docs (visio links), registrations, attendance
 * and the calendar subscriptions, in the metadata store. Same contract as {@link MetadataStore}
 * (validated, copies, `METADATA_CONFLICT`).
 */
export interface AtelierRecords {
  /** The record of an atelier (its document's id), or null when none was written. */
  findAtelier(atelierId: string): Promise<AtelierRecord | null>
  /** Creates the record of an atelier, or replaces it. */
  putAtelier(record: AtelierRecord): Promise<void>

  /** The registrations of an atelier, in `registeredAt` order (then insertion order). */
  listRegistrations(atelierId: string): Promise<AtelierRegistration[]>
  /** Every registration of an account. */
  listRegistrationsOf(accountId: string): Promise<AtelierRegistration[]>
  findRegistration(atelierId: string, accountId: string): Promise<AtelierRegistration | null>
  /**
   * Runs `change` on the atelier's registrations in one atomic write: it returns the new list
   * (validated; `atelierId` of every record must be the atelier's) and a result passed back.
   * Registration and cancellation go through it, so two people taking the last seat at once
   * cannot both get it.
   */
  changeRegistrations<R>(
    atelierId: string,
    change: (registrations: readonly AtelierRegistration[]) => {
      registrations: AtelierRegistration[]
      result: R
    },
  ): Promise<R>

  /** Records that a person is in the live session: first time seen kept, last time updated. */
  recordAttendance(atelierId: string, accountId: string, at: string): Promise<void>
  findAttendance(atelierId: string, accountId: string): Promise<AtelierAttendance | null>
  listAttendance(atelierId: string): Promise<AtelierAttendance[]>

  createCalendarFeed(feed: CalendarFeed): Promise<void>
  findCalendarFeedByHash(tokenHash: string): Promise<CalendarFeed | null>
  listCalendarFeedsOf(accountId: string): Promise<CalendarFeed[]>
  updateCalendarFeed(
    id: string,
    patch: Partial<Omit<CalendarFeed, 'id'>>,
  ): Promise<CalendarFeed | null>
}
