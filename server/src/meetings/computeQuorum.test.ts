import { describe, expect, it } from 'vitest'
import type { MeetingAttendance } from '../persistence/records/MeetingAttendance.ts'
import { computeQuorum } from './computeQuorum.ts'

const members = [
  { id: 'm1', name: 'Anne', body: 'Région' },
  { id: 'm2', name: 'Bruno', body: 'DREETS' },
  { id: 'm3', name: 'Chloé', body: 'France Travail' },
]

function entry(memberId: string, status: MeetingAttendance['status']): MeetingAttendance {
  return {
    id: `s:${memberId}`,
    meetingId: 's',
    memberId,
    name: memberId,
    status,
    recordedBy: 'admin',
    recordedAt: '2027-02-10T09:00:00.000Z',
  }
}

describe('computeQuorum', () => {
  it('counts active members present or represented, not excused, absent or guests', () => {
    const quorum = computeQuorum(
      members,
      [
        entry('m1', 'present'),
        entry('m2', 'represente'),
        entry('m3', 'excuse'),
        entry('x', 'present'),
      ],
      2,
    )
    expect(quorum).toEqual({ required: 2, present: 2, members: 3, reached: true })
  })

  it('is not reached below the instance’s quorum', () => {
    const quorum = computeQuorum(members, [entry('m1', 'present'), entry('m2', 'absent')], 2)
    expect(quorum.reached).toBe(false)
    expect(quorum.present).toBe(1)
  })
})
