import { meetingSchema, type MeetingRecord } from '../records/Meeting.ts'
import { meetingAttendanceSchema, type MeetingAttendance } from '../records/MeetingAttendance.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 010_meetings.sql, as postgresRows.ts reads and writes them.

/** The séances of the governance instances. */
export const MEETINGS: PostgresTable<MeetingRecord> = {
  name: 'metadata_meetings',
  what: 'meeting',
  schema: meetingSchema,
  columns: {
    id: (meeting) => meeting.id,
    instance_id: (meeting) => meeting.instanceId,
  },
  key: ['id'],
}

/** Who attended which séance, one row per person and séance, looked up by séance. */
export const MEETING_ATTENDANCE: PostgresTable<MeetingAttendance> = {
  name: 'metadata_meeting_attendance',
  what: 'meeting attendance',
  schema: meetingAttendanceSchema,
  columns: {
    id: (entry) => entry.id,
    meeting_id: (entry) => entry.meetingId,
  },
  key: ['id'],
}
