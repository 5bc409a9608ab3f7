import type { DocumentId } from '@maillage/protocol'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import { atelierScheduleKey, dateChangeNotice } from './atelierNotices.ts'
import { isProgrammeAtelier } from './loadAtelier.ts'

/**
 * Notices that the date or time of an atelier moved: its facilitators co-edit them in
 * its Y.Doc, so the server learns of a change at the save that stored it (the `onStored` hook,
 * `createScheduleChangeExtension`). Each registration keeps the schedule its person was last told
 * of (`scheduleNotified`); a save whose schedule differs moves it and notifies the people
 * registered (seat or waiting list), not the facilitator whose edit was saved. Claimed inside
 * `changeRegistrations` (atomic, one atelier at a time in every process), so a change is notified
 * once however many saves or processes see it, and typing a date notifies once per save that
 * changed it, not per keystroke. A date being cleared (no date) is not news: people keep the last
 * one they were told of until a new one is saved.
 */
export class AtelierScheduleWatch {
  readonly #store: MetadataStore
  readonly #notifications: NotificationService

  constructor(options: { store: MetadataStore; notifications: NotificationService }) {
    this.#store = options.store
    this.#notifications = options.notifications
  }

  /**
   * After a save of `documentId` that stored edits of `editorId`, with `observed` read from its
   * Y.Doc at the save (`title` '' stands for the index's): notifies a moved schedule. Does nothing
   * for a document that is not an atelier of the programme, an archived one or one whose session
   * ended.
   */
  async noticeSaved(
    documentId: DocumentId,
    editorId: string,
    observed: AtelierDetails,
  ): Promise<void> {
    const key = atelierScheduleKey(observed)
    if (key === '' || observed.session.state === 'terminee') return
    const current = await this.#store.ateliers.listRegistrations(documentId)
    if (current.every((entry) => entry.scheduleNotified === key)) return
    const record = await this.#store.findDocument(documentId)
    if (record === null || !isProgrammeAtelier(record) || record.archivedAt !== undefined) return
    const stale = await this.#store.ateliers.changeRegistrations(documentId, (registrations) => ({
      registrations: registrations.map((entry) =>
        entry.scheduleNotified === key ? entry : { ...entry, scheduleNotified: key },
      ),
      result: registrations.filter((entry) => isStale(entry, key)),
    }))
    const details = observed.title === '' ? { ...observed, title: record.title } : observed
    const recipients = stale
      .map((entry) => entry.accountId)
      .filter((accountId) => accountId !== editorId)
    if (recipients.length === 0) return
    await this.#notifications.notifyAll(recipients, dateChangeNotice(documentId, details))
  }
}

/**
 * Whether the person was told of another schedule than `key`. A registration written before
 * schedules were notified (no `scheduleNotified`) takes the current one silently (written, not
 * notified): what it was told is unknown.
 */
function isStale(entry: AtelierRegistration, key: string): boolean {
  return entry.scheduleNotified !== undefined && entry.scheduleNotified !== key
}
