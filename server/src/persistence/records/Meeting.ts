import { z } from 'zod'

/** Where a séance stands: prepared, convened, running, closed (in this order). */
export const MEETING_STATUSES = ['preparation', 'convoquee', 'en-cours', 'close'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

/**
 * A séance of a governance instance: its schedule and place (the visio link lives here, never in
 * the Y.Doc every reader receives), its document of kind `seance` (ordre du jour and relevé), and
 * its lifecycle. `convokedFor` is the start the members were last convened for, so that a
 * convocation after a change of date says so; `decisionIds` the register's records made at closing.
 */
export const meetingSchema = z.object({
  id: z.string().min(1),
  instanceId: z.string().min(1),
  /** The instance's space, where the séance's document lives. */
  spaceId: z.string().min(1),
  title: z.string().min(1).max(200),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  place: z.string().min(1).max(300).optional(),
  visioLink: z.url().max(2000).optional(),
  documentId: z.string().min(1),
  status: z.enum(MEETING_STATUSES),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1),
  convokedAt: z.iso.datetime().optional(),
  convokedFor: z.iso.datetime().optional(),
  openedAt: z.iso.datetime().optional(),
  closedAt: z.iso.datetime().optional(),
  decisionIds: z.array(z.string().min(1)).max(100).optional(),
})
export type MeetingRecord = z.infer<typeof meetingSchema>
