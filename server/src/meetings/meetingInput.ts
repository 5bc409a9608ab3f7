import { z } from 'zod'
import { ATTENDANCE_STATUSES } from '../persistence/records/MeetingAttendance.ts'

// The schemas are built at their first use (z.lazy), not when the server starts: each zod
// schema and each of its parts stays in the heap (some 1.7 KB apiece), and most processes
// never receive most of these requests.

/** Longest séance, in minutes (a whole day). */
export const MAX_MEETING_MINUTES = 12 * 60

const httpsUrl = z.lazy(() => z.url({ protocol: /^https?$/u }).max(2000))

/** The body of `POST /api/gouvernance/seances` (Paris wall time). */
export const meetingCreateSchema = z.lazy(() =>
  z.strictObject({
    instanceId: z.string().min(1).max(100),
    title: z.string().trim().min(1).max(200),
    date: z.iso.date(),
    time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u),
    durationMinutes: z.number().int().min(15).max(MAX_MEETING_MINUTES),
    place: z.string().trim().min(1).max(300).optional(),
    visioLink: httpsUrl.optional(),
  }),
)
export type MeetingCreateInput = z.infer<typeof meetingCreateSchema>

/** The body of `PATCH /api/gouvernance/seances/:id`: date and time go together. */
export const meetingUpdateSchema = z.lazy(() =>
  meetingCreateSchema
    .unwrap()
    .omit({ instanceId: true })
    .partial()
    .refine((patch) => (patch.date === undefined) === (patch.time === undefined), {
      error: 'La date et l’heure se changent ensemble.',
    }),
)
export type MeetingUpdateInput = z.infer<typeof meetingUpdateSchema>

/** The body of `PUT /api/gouvernance/seances/:id/presences`. */
export const meetingAttendanceSchema = z
  .strictObject({
    memberId: z.string().min(1).max(200),
    status: z.enum(ATTENDANCE_STATUSES),
    representedBy: z.string().trim().min(1).max(200).optional(),
  })
  .refine((body) => body.status === 'represente' || body.representedBy === undefined, {
    error: 'Seul un membre représenté a un représentant.',
  })
  .refine((body) => body.status !== 'represente' || body.representedBy !== undefined, {
    error: 'Indiquez qui représente ce membre.',
  })
export type MeetingAttendanceInput = z.infer<typeof meetingAttendanceSchema>

/** The query of `GET /api/gouvernance/seances`: a window of start dates (ISO days, inclusive). */
export const meetingListQuerySchema = z.lazy(() =>
  z.strictObject({
    du: z.iso.date().optional(),
    au: z.iso.date().optional(),
    instance: z.string().min(1).max(100).optional(),
  }),
)
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>
