import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { MailService } from '../mail/MailService.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import type { MeetingDecisions } from './MeetingDecisions.ts'
import type { MeetingInstances } from './MeetingInstances.ts'
import { MeetingLifecycle } from './MeetingLifecycle.ts'
import { MeetingService } from './MeetingService.ts'

/** The services of the séances, built once by `createServices`. */
export interface MeetingServices {
  /** Creation, reading, listing (the calendar's `listMeetings`), rescheduling, `.ics`. */
  readonly meetings: MeetingService
  /** Convocation, opening, attendance, closing. */
  readonly lifecycle: MeetingLifecycle
}

/** Builds the {@link MeetingServices}. */
export function createMeetingServices(options: {
  store: MetadataStore
  documents: DocumentService
  content: DocumentContent
  instances: MeetingInstances
  decisions: MeetingDecisions
  notifications: NotificationService
  mail: MailService
  accessEvents: AccessEvents
  /** Closings of one séance, one at a time in every process (`meeting-close`). */
  closeLocks: KeyedLock
  timers: Timers
}): MeetingServices {
  const meetings = new MeetingService(options)
  return {
    meetings,
    lifecycle: new MeetingLifecycle({ ...options, meetings }),
  }
}
