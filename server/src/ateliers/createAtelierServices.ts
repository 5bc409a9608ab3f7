import type { Logger } from 'pino'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentPresence } from '../documents/DocumentPresence.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { AtelierCalendarService } from './AtelierCalendarService.ts'
import { AtelierReminders } from './AtelierReminders.ts'
import { AtelierScheduleWatch } from './AtelierScheduleWatch.ts'
import { AtelierService } from './AtelierService.ts'
import { AtelierSessionService } from './AtelierSessionService.ts'
import { AtelierGroupService } from './toolkit/groups/AtelierGroupService.ts'
import type { PollsCompteRenduSources } from './toolkit/polls/compteRenduPollsSection.ts'

/** The services of the ateliers, built once by `createServer`. */
export interface AtelierServices {
  /** The programme and the registrations. */
  readonly programme: AtelierService
  /** The live sessions, attendance and compte rendus. */
  readonly sessions: AtelierSessionService
  /** The `.ics` files and the subscription feeds. */
  readonly calendars: AtelierCalendarService
  /** The reminders of the day before (`start` once the server is up, `stop` at its close). */
  readonly reminders: AtelierReminders
  /** The date changes noticed at the saves of the ateliers (`createScheduleChangeExtension`). */
  readonly scheduleWatch: AtelierScheduleWatch
  /** The breakout groups of live sessions (`stop` at the server's close). */
  readonly groups: AtelierGroupService
}

/** Builds the {@link AtelierServices} over the stores, the documents' content and presence. */
export function createAtelierServices(options: {
  store: MetadataStore
  documents: DocumentService
  content: DocumentContent
  presence: DocumentPresence
  sessions: SessionManager
  timers: Timers
  accessEvents: AccessEvents
  notifications: NotificationService
  /** Drafts of one atelier's compte rendu, one at a time in every process (`compte-rendu`). */
  compteRenduLocks: KeyedLock
  /** What the compte rendu says of an atelier's polls and word clouds (the polls toolkit). */
  pollsCompteRendu: (atelierId: string) => Promise<PollsCompteRenduSources>
  /** Where the reminders' failures are logged. */
  logger: Logger
}): AtelierServices {
  const { store, documents, content, notifications, timers } = options
  const programme = new AtelierService({
    store,
    documents,
    content,
    notifications,
    timers,
    accessEvents: options.accessEvents,
  })
  return {
    programme,
    sessions: new AtelierSessionService({
      store,
      documents,
      content,
      presence: options.presence,
      timers,
      sessions: options.sessions,
      compteRenduLocks: options.compteRenduLocks,
      pollsCompteRendu: options.pollsCompteRendu,
    }),
    calendars: new AtelierCalendarService({
      store,
      sessions: options.sessions,
      ateliers: programme,
      timers,
    }),
    reminders: new AtelierReminders({
      store,
      content,
      notifications,
      timers,
      logger: options.logger,
    }),
    scheduleWatch: new AtelierScheduleWatch({ store, notifications }),
    groups: new AtelierGroupService({
      store,
      content,
      presence: options.presence,
      timers,
      accessEvents: options.accessEvents,
    }),
  }
}
