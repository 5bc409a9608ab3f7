import type { MeetingRecords } from '../MeetingRecords.ts'
import type { MeetingRecord } from '../records/Meeting.ts'
import type { MeetingAttendance } from '../records/MeetingAttendance.ts'
import { MEETING_ATTENDANCE, MEETINGS } from './meetingTables.ts'
import { insertRow, selectRow, selectRows, updateRow, upsertRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/** The séances' records of `PostgresMetadataStore` (`010_meetings.sql`). */
export class PostgresMeetingRecords implements MeetingRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createMeeting(meeting: MeetingRecord): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, MEETINGS, meeting))
  }

  findMeeting(id: string): Promise<MeetingRecord | null> {
    return selectRow(this.#scope, MEETINGS, { where: 'id = $1', values: [id] })
  }

  listMeetings(): Promise<MeetingRecord[]> {
    return selectRows(this.#scope, MEETINGS)
  }

  updateMeeting(
    id: string,
    patch: Partial<Omit<MeetingRecord, 'id'>>,
  ): Promise<MeetingRecord | null> {
    return updateRow(this.#scope, MEETINGS, { id, patchOf: () => patch })
  }

  async recordAttendance(entry: MeetingAttendance): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, MEETING_ATTENDANCE, entry))
  }

  listAttendance(meetingId: string): Promise<MeetingAttendance[]> {
    return selectRows(this.#scope, MEETING_ATTENDANCE, {
      where: 'meeting_id = $1',
      values: [meetingId],
    })
  }
}
