// The séances of the governance instances: see README.md.
export { createMeetingServices, type MeetingServices } from './createMeetingServices.ts'
export { MeetingService, type LoadedMeeting } from './MeetingService.ts'
export { MeetingLifecycle } from './MeetingLifecycle.ts'
export type { MeetingInstance, MeetingInstances, MeetingMember } from './MeetingInstances.ts'
export type { MeetingDecisions } from './MeetingDecisions.ts'
export { CONVOCATION_NOTIFICATION_KIND } from './convocationMessage.ts'
export { meetingPath } from './presentMeeting.ts'
