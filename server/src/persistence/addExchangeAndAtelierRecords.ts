import type { MetadataMigration } from './metadataMigrations.ts'

/**
 * Version 3 → 4 (issue #8): the metadata file gains the threads of the échanges, the ateliers'
 * visio links, the registrations to ateliers and their attendance, and the calendar subscriptions,
 * all empty. A server of version 3 then refuses the file rather than dropping them.
 */
export const addExchangeAndAtelierRecords: MetadataMigration = {
  from: 3,
  to: 4,
  migrate(data) {
    const file = typeof data === 'object' && data !== null ? data : {}
    return {
      ...file,
      exchangeThreads: [],
      ateliers: [],
      atelierRegistrations: [],
      atelierAttendance: [],
      calendarFeeds: [],
    }
  },
}
