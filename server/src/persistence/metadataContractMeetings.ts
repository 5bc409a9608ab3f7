import { describe, expect, it } from 'vitest'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { MeetingRecord } from './records/Meeting.ts'
import type { MeetingAttendance } from './records/MeetingAttendance.ts'

/** A séance of the comité de pilotage in preparation. */
export const meetingRecord = (overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: 'seance-1',
  instanceId: 'copil',
  spaceId: 'comite-de-pilotage',
  title: 'Comité de pilotage de février',
  startsAt: '2027-02-10T09:00:00.000Z',
  endsAt: '2027-02-10T11:00:00.000Z',
  place: 'Conseil régional, Lille',
  visioLink: 'https://visio.example.fr/copil',
  documentId: 'document-seance-1',
  status: 'preparation',
  createdAt: AT,
  createdBy: 'account-admin',
  ...overrides,
})

/** Claire present at the séance. */
export const meetingAttendance = (
  overrides: Partial<MeetingAttendance> = {},
): MeetingAttendance => ({
  id: 'seance-1:mandat-claire',
  meetingId: 'seance-1',
  memberId: 'mandat-claire',
  accountId: 'account-claire',
  name: 'Claire Dubois',
  status: 'present',
  recordedBy: 'account-admin',
  recordedAt: AT,
  ...overrides,
})

/** The contract of the séances' records (`MeetingRecords`). */
export function describeMeetingRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('meetings', () => {
    it('keeps séances in creation order, finds and updates them, refuses a taken id', async () => {
      const second = meetingRecord({ id: 'seance-2', instanceId: 'bureau-core', spaceId: 'core' })
      await store().meetings.createMeeting(meetingRecord())
      await store().meetings.createMeeting(second)
      expect(await store().meetings.listMeetings()).toEqual([meetingRecord(), second])
      expect(await store().meetings.findMeeting('seance-2')).toEqual(second)
      expect(await store().meetings.findMeeting('inconnue')).toBeNull()
      await expect(store().meetings.createMeeting(meetingRecord())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })

      const closed = await store().meetings.updateMeeting('seance-1', {
        status: 'close',
        closedAt: AT,
        decisionIds: ['decision-1', 'decision-2'],
      })
      expect(closed).toEqual(
        meetingRecord({ status: 'close', closedAt: AT, decisionIds: ['decision-1', 'decision-2'] }),
      )
      expect(await store().meetings.findMeeting('seance-1')).toEqual(closed)
      expect(await store().meetings.updateMeeting('inconnue', { status: 'close' })).toBeNull()
    })

    it('refuses an invalid séance', async () => {
      const invalid = { ...meetingRecord(), status: 'annulee' } as unknown as MeetingRecord
      await expect(store().meetings.createMeeting(invalid)).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
      expect(await store().meetings.listMeetings()).toEqual([])
    })

    it('records one attendance per person and séance, a new statement replacing the previous', async () => {
      const other = meetingAttendance({
        id: 'seance-1:mandat-paul',
        memberId: 'mandat-paul',
        accountId: undefined,
        name: 'Paul Martin',
        status: 'represente',
        representedBy: 'Claire Dubois',
      })
      const elsewhere = meetingAttendance({ id: 'seance-2:mandat-claire', meetingId: 'seance-2' })
      await store().meetings.recordAttendance(meetingAttendance({ status: 'excuse' }))
      await store().meetings.recordAttendance(other)
      await store().meetings.recordAttendance(elsewhere)
      await store().meetings.recordAttendance(meetingAttendance())
      expect(await store().meetings.listAttendance('seance-1')).toEqual([
        meetingAttendance(),
        other,
      ])
      expect(await store().meetings.listAttendance('seance-2')).toEqual([elsewhere])
      await expect(
        store().meetings.recordAttendance(
          meetingAttendance({ memberId: undefined, accountId: undefined }),
        ),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
    })
  })
}
