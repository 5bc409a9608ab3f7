import { z } from 'zod'

/** How a person took part in a séance. `represente`: someone else held their voice. */
export const ATTENDANCE_STATUSES = ['present', 'excuse', 'absent', 'represente'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]

/**
 * One person's attendance at a séance: a member's mandate (`memberId`) and/or an account, one
 * record per person and séance (its `id` is `<meetingId>:<person key>`, so a new statement
 * replaces the previous one).
 */
export const meetingAttendanceSchema = z
  .object({
    id: z.string().min(1),
    meetingId: z.string().min(1),
    memberId: z.string().min(1).optional(),
    accountId: z.string().min(1).optional(),
    /** The person's name when recorded, shown as is. */
    name: z.string().min(1).max(200),
    status: z.enum(ATTENDANCE_STATUSES),
    /** Who held the voice of a person `represente`. */
    representedBy: z.string().min(1).max(200).optional(),
    recordedBy: z.string().min(1),
    recordedAt: z.iso.datetime(),
  })
  .refine((entry) => entry.memberId !== undefined || entry.accountId !== undefined, {
    error: 'an attendance names a member or an account',
  })
export type MeetingAttendance = z.infer<typeof meetingAttendanceSchema>
