import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MeetingRecords } from './MeetingRecords.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, validateRecord, type RecordKind } from './recordCollection.ts'
import { meetingSchema, type MeetingRecord } from './records/Meeting.ts'
import { meetingAttendanceSchema, type MeetingAttendance } from './records/MeetingAttendance.ts'

const MEETING: RecordKind<MeetingRecord> = {
  name: 'meeting',
  schema: meetingSchema,
  unique: ['id'],
}

/** The séances' records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbMeetingRecords implements MeetingRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createMeeting(meeting: MeetingRecord): Promise<void> {
    await this.#db.write((data) => insertRecord(data.meetings, meeting, MEETING))
  }

  findMeeting(id: string): Promise<MeetingRecord | null> {
    return this.#db.read((data) => data.meetings.find((found) => found.id === id) ?? null)
  }

  listMeetings(): Promise<MeetingRecord[]> {
    return this.#db.read((data) => data.meetings)
  }

  updateMeeting(
    id: string,
    patch: Partial<Omit<MeetingRecord, 'id'>>,
  ): Promise<MeetingRecord | null> {
    return this.#db.write((data) => replaceRecord(data.meetings, { id, patch }, MEETING))
  }

  async recordAttendance(entry: MeetingAttendance): Promise<void> {
    const record = validateRecord(meetingAttendanceSchema, entry, 'meeting attendance')
    await this.#db.write((data) => {
      const index = data.meetingAttendance.findIndex((found) => found.id === record.id)
      if (index === -1) data.meetingAttendance.push(record)
      else data.meetingAttendance[index] = record
    })
  }

  listAttendance(meetingId: string): Promise<MeetingAttendance[]> {
    return this.#db.read((data) =>
      data.meetingAttendance.filter((found) => found.meetingId === meetingId),
    )
  }
}
