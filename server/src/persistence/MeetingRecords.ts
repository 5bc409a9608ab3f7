import type { MeetingRecord } from './records/Meeting.ts'
import type { MeetingAttendance } from './records/MeetingAttendance.ts'

/**
 * The séances of the governance instances and their attendance in the metadata store. Same
 * contract as {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken id).
 */
export interface MeetingRecords {
  createMeeting(meeting: MeetingRecord): Promise<void>
  findMeeting(id: string): Promise<MeetingRecord | null>
  /** Every séance, oldest created first. */
  listMeetings(): Promise<MeetingRecord[]>
  updateMeeting(
    id: string,
    patch: Partial<Omit<MeetingRecord, 'id'>>,
  ): Promise<MeetingRecord | null>
  /** Inserts the attendance, or replaces the one of the same id (its place kept). */
  recordAttendance(entry: MeetingAttendance): Promise<void>
  /** The attendance of one séance, in the order first recorded. */
  listAttendance(meetingId: string): Promise<MeetingAttendance[]>
}
