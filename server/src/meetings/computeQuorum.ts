import type { MeetingAttendance } from '../persistence/records/MeetingAttendance.ts'
import type { MeetingMember } from './MeetingInstances.ts'

/** The quorum of a séance as shown live: who counts, how many are needed. */
export interface Quorum {
  /** Members present needed (the instance's quorum). */
  readonly required: number
  /** Active members present or represented. */
  readonly present: number
  /** Active members on the séance's day. */
  readonly members: number
  readonly reached: boolean
}

/**
 * The quorum of a séance: the active members on its day recorded `present` or `represente` (a
 * represented member's voice is held by a proxy, so it counts) against the instance's `required`.
 * Attendance of people without an active mandate (guests) never counts.
 */
export function computeQuorum(
  members: readonly MeetingMember[],
  attendance: readonly MeetingAttendance[],
  required: number,
): Quorum {
  const counted = new Set(
    attendance
      .filter((entry) => entry.status === 'present' || entry.status === 'represente')
      .map((entry) => entry.memberId),
  )
  const present = members.filter((member) => counted.has(member.id)).length
  return { required, present, members: members.length, reached: present >= required }
}
