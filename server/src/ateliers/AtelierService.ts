import type {
  AtelierAttendanceView,
  AtelierRegistrantView,
  AtelierSummaryView,
  AtelierView,
} from '@maillage/protocol'
import { DocumentKind, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { documentAccess } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import {
  canCreateAtelier,
  canFacilitateAtelier,
  canRegisterToAtelier,
  canSeeVisioLink,
} from '../auth/atelierAccess.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AtelierRegistration } from '../persistence/records/AtelierRegistration.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { AtelierDetails } from './atelierDetails.ts'
import { ATELIER_MESSAGES } from './atelierMessages.ts'
import { formatAtelierWhen } from './atelierFacts.ts'
import { atelierScheduleKey, registrationNotice } from './atelierNotices.ts'
import type { AtelierCreateInput } from './atelierInput.ts'
import {
  atelierPath,
  isAtelierOver,
  isProgrammeAtelier,
  loadReadableAtelier,
  readAtelier,
} from './loadAtelier.ts'
import { listRegistrants } from './listRegistrants.ts'
import { presentAtelier, presentAtelierSummary } from './presentAtelier.ts'
import { cancel, fillSeats, register, waitingPositions } from './registrationList.ts'
import { writeAtelierContent, type AtelierContent } from './writeAtelierContent.ts'

/** Kind of the notification sent to a waiting person who got a seat. */
export const ATELIER_PLACE_NOTIFICATION_KIND = 'atelier-place'

/** An atelier of the programme with what the server read of it. */
export interface ReadAtelier {
  readonly record: DocumentRecord
  readonly details: AtelierDetails
  /** From the atelier's record, '' while not set: for seat holders and facilitators only. */
  readonly visioLink: string
  /**
   * When the atelier was last changed: the later of its document's last saved edit and its
   * record's (the visio link). Calendars derive their SEQUENCE from it.
   */
  readonly revisedAt: Date
}

/**
 * The programme of ateliers (issue #8, item 3): creation in the espace régional (shared with all
 * territories), the programme as each person sees it, and registration with a waiting list. The
 * details live in each atelier's Y.Doc and are read from it; its visio link in its record (out of
 * the Y.Doc, which every reader receives); registrations in the metadata store, changed atomically
 * (`registrationList.ts`). Who may do what is decided by the routes
 * (`auth/atelierAccess.ts`).
 */
export class AtelierService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #content: DocumentContent
  readonly #notifications: NotificationService
  readonly #timers: Timers
  readonly #accessEvents: AccessEvents

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    content: DocumentContent
    notifications: NotificationService
    timers: Timers
    /** Where a change of an account's access is announced (a cancelled person stops writing the notes). */
    accessEvents: AccessEvents
  }) {
    this.#store = options.store
    this.#documents = options.documents
    this.#content = options.content
    this.#notifications = options.notifications
    this.#timers = options.timers
    this.#accessEvents = options.accessEvents
  }

  /**
   * The atelier of the programme named by an untrusted id, if `actor` may read it; `NOT_FOUND`
   * alike for a missing one, another kind of document and one `actor` may not read.
   */
  find(actor: Actor, atelierId: string): Promise<DocumentRecord> {
    return loadReadableAtelier(this.#store, actor, atelierId)
  }

  /**
   * Every atelier of the programme (the espace régional's, see `isProgrammeAtelier`) `actor` may
   * read, not archived, read from its Y.Doc: those in the course of their programme first
   * (soonest first, then those without a date yet), then those over (most recent first).
   */
  async readable(actor: Actor): Promise<ReadAtelier[]> {
    const documents = await this.#store.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    const records = documents.filter(
      (record) =>
        isProgrammeAtelier(record) &&
        record.archivedAt === undefined &&
        documentAccess(actor, record) !== null,
    )
    return this.#sorted(await Promise.all(records.map((record) => this.read(record))))
  }

  /** Reads an atelier: its details from its Y.Doc, its visio link from its record. */
  async read(record: DocumentRecord): Promise<ReadAtelier> {
    const [details, stored] = await Promise.all([
      readAtelier(this.#content, record),
      this.#store.ateliers.findAtelier(record.id),
    ])
    const changes = [record.updatedAt, ...(stored === null ? [] : [stored.updatedAt])]
    return {
      record,
      details,
      visioLink: stored?.visioLink ?? '',
      revisedAt: new Date(Math.max(...changes.map((at) => Date.parse(at)))),
    }
  }

  /** The programme as `actor` sees it (`GET /api/ateliers`). */
  async list(actor: Actor): Promise<AtelierSummaryView[]> {
    const ateliers = await this.readable(actor)
    return Promise.all(
      ateliers.map(async ({ record, details }) => {
        const registrations = await this.#store.ateliers.listRegistrations(record.id)
        return presentAtelierSummary(record, details, registrations, actor.account.id)
      }),
    )
  }

  /**
   * The whole atelier as `actor` sees it. Waiting people first get the seats a raised capacity
   * freed (the capacity is co-edited in the document, so it is checked whenever the atelier is
   * shown).
   */
  async view(actor: Actor, record: DocumentRecord): Promise<AtelierView> {
    const { details, visioLink } = await this.read(record)
    const registrations = await this.#fillFreedSeats(record, details)
    const registration = registrations.find((entry) => entry.accountId === actor.account.id)
    const facilitate = canFacilitateAtelier(actor, record)
    return presentAtelier(record, details, registrations, {
      accountId: actor.account.id,
      facilitate,
      register: canRegisterToAtelier(actor, record) && this.#isOpen(record, details),
      // Once it is over there is nothing to join: participants no longer get the link.
      visioLink:
        canSeeVisioLink(actor, record, registration ?? null) &&
        (facilitate || !isAtelierOver(details, this.#timers.now()))
          ? visioLink
          : '',
      attendance: facilitate ? await this.#attendance(record) : [],
    })
  }

  /**
   * Creates an atelier in the espace régional, shared with all territories, its essentials written
   * into the fields of its Y.Doc (the agenda and the rest are co-edited afterwards) and its visio
   * link into its record, out of the Y.Doc that every reader receives.
   */
  async create(actor: Actor, input: AtelierCreateInput): Promise<DocumentRecord> {
    assertAllowed(canCreateAtelier(actor), ATELIER_MESSAGES.programmeOnly)
    const record = await this.#documents.create(actor, {
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.Atelier,
      title: input.title,
      fields: {
        date: input.date,
        heure: input.time,
        duree: input.durationMinutes,
        format: input.format,
        theme: input.theme,
        intervenants: input.intervenants,
        capacite: input.capacity,
      },
    })
    await this.#putVisioLink(actor, record, input.visioLink)
    return this.#documents.share(record, true)
  }

  /**
   * Sets the visio link of an atelier (an `https://` address, or '' to remove it), kept in its
   * record; for its facilitators only.
   */
  async setVisioLink(actor: Actor, record: DocumentRecord, visioLink: string): Promise<void> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    await this.#putVisioLink(actor, record, visioLink)
  }

  async #putVisioLink(actor: Actor, record: DocumentRecord, visioLink: string): Promise<void> {
    await this.#store.ateliers.putAtelier({
      id: record.id,
      visioLink,
      updatedAt: isoTime(this.#timers),
      updatedBy: actor.account.id,
    })
  }

  /**
   * Writes details that creation does not take (presentation, agenda, resources…) into the
   * atelier's Y.Doc, as its facilitators would co-edit them: for the demo programme.
   */
  async writeContent(record: DocumentRecord, content: AtelierContent): Promise<void> {
    await this.#content.change(record.id, (doc) => {
      writeAtelierContent(doc, content)
    })
  }

  /**
   * Registers `actor`: a seat while one is free, else the waiting list, confirmed by a
   * notification (`inscription-atelier`) unless `options.confirm` is false (the demo's
   * registrations). Throws `CONFLICT` when already registered, or once the atelier is over or
   * archived.
   */
  async register(
    actor: Actor,
    record: DocumentRecord,
    options: { readonly confirm?: boolean } = {},
  ): Promise<void> {
    assertAllowed(canRegisterToAtelier(actor, record), ATELIER_MESSAGES.cannotRegister)
    const details = await readAtelier(this.#content, record)
    if (!this.#isOpen(record, details)) {
      throw new AppError(
        ErrorCode.Conflict,
        'Cet atelier est terminé : les inscriptions sont closes. Le replay et les ressources restent sur sa page.',
      )
    }
    const at = isoTime(this.#timers)
    const change = await this.#store.ateliers.changeRegistrations(record.id, (registrations) => {
      const registered = register(
        registrations,
        {
          atelierId: record.id,
          accountId: actor.account.id,
          at,
          scheduleNotified: atelierScheduleKey(details),
        },
        details.capacity,
      )
      return registered === null
        ? { registrations: [...registrations], result: null }
        : { registrations: registered.registrations, result: registered }
    })
    if (change === null) {
      throw new AppError(
        ErrorCode.Conflict,
        'Vous êtes déjà inscrit·e à cet atelier (ou sur sa liste d’attente).',
      )
    }
    await this.#notifyPromoted(record, details, change.promoted)
    if (options.confirm ?? true) {
      const position = waitingPositions(change.registrations).get(actor.account.id)
      await this.#notifications.notify(
        actor.account.id,
        registrationNotice(record.id, details, position),
      )
    }
  }

  /**
   * Cancels `actor`'s registration; a freed seat goes to the first waiting person, who is
   * notified. Throws `CONFLICT` when the person was not registered, or once the atelier is over
   * or archived (a seat freed then would promote and notify people for nothing).
   */
  async cancel(actor: Actor, record: DocumentRecord): Promise<void> {
    const details = await readAtelier(this.#content, record)
    if (!this.#isOpen(record, details)) {
      throw new AppError(
        ErrorCode.Conflict,
        'Cet atelier est terminé : les inscriptions ne peuvent plus être annulées.',
      )
    }
    const at = isoTime(this.#timers)
    const change = await this.#store.ateliers.changeRegistrations(record.id, (registrations) => {
      const cancelled = cancel(registrations, actor.account.id, details.capacity, at)
      return cancelled === null
        ? { registrations: [...registrations], result: null }
        : { registrations: cancelled.registrations, result: cancelled }
    })
    if (change === null) {
      throw new AppError(ErrorCode.Conflict, 'Vous n’êtes pas inscrit·e à cet atelier.')
    }
    // A person who held a seat wrote the notes and the wall: their live connection is re-checked.
    await this.#accessEvents.publish({ kind: 'account', accountId: actor.account.id })
    await this.#notifyPromoted(record, details, change.promoted)
  }

  /**
   * Gives up every registration of `actor` to an atelier still to come (their account is being
   * deleted): each freed seat goes to the first waiting person, who is notified, as when they
   * cancel. Ateliers over or archived keep the registration (it is the record of who attended).
   */
  async releaseRegistrationsOf(actor: Actor): Promise<void> {
    for (const registration of await this.#store.ateliers.listRegistrationsOf(actor.account.id)) {
      const record = await this.#store.findDocument(registration.atelierId)
      if (record === null) continue
      const details = await readAtelier(this.#content, record)
      if (this.#isOpen(record, details)) await this.cancel(actor, record)
    }
  }

  /** Everyone registered, seats first then the waiting list in order; for the facilitators. */
  async registrants(actor: Actor, record: DocumentRecord): Promise<AtelierRegistrantView[]> {
    assertAllowed(canFacilitateAtelier(actor, record), ATELIER_MESSAGES.facilitatorsOnly)
    return await listRegistrants(this.#store, record.id)
  }

  #isOpen(record: DocumentRecord, details: AtelierDetails): boolean {
    return record.archivedAt === undefined && !isAtelierOver(details, this.#timers.now())
  }

  /** Gives waiting people the seats that are free (a raised capacity); returns the list. */
  async #fillFreedSeats(
    record: DocumentRecord,
    details: AtelierDetails,
  ): Promise<AtelierRegistration[]> {
    const registrations = await this.#store.ateliers.listRegistrations(record.id)
    const at = isoTime(this.#timers)
    if (
      !this.#isOpen(record, details) ||
      fillSeats(registrations, details.capacity, at).promoted.length === 0
    ) {
      return registrations
    }
    const filled = await this.#store.ateliers.changeRegistrations(record.id, (current) => {
      const change = fillSeats(current, details.capacity, at)
      return { registrations: change.registrations, result: change }
    })
    await this.#notifyPromoted(record, details, filled.promoted)
    return filled.registrations
  }

  async #notifyPromoted(
    record: DocumentRecord,
    details: AtelierDetails,
    promoted: readonly AtelierRegistration[],
  ): Promise<void> {
    const when = formatAtelierWhen(details)
    const message =
      `Une place s’est libérée : vous êtes inscrit·e à l’atelier « ${details.title} »` +
      `${when === '' ? '' : ` du ${when}`}.`
    for (const entry of promoted) {
      await this.#notifications.notify(entry.accountId, {
        kind: ATELIER_PLACE_NOTIFICATION_KIND,
        message,
        link: atelierPath(record.id),
      })
    }
  }

  async #attendance(record: DocumentRecord): Promise<AtelierAttendanceView[]> {
    const attendance = await this.#store.ateliers.listAttendance(record.id)
    const views = await Promise.all(
      attendance.map(async (entry): Promise<AtelierAttendanceView | null> => {
        const account = await this.#store.findAccountById(entry.accountId)
        if (account === null) return null
        return {
          person: { id: account.id, name: account.name },
          firstSeenAt: entry.firstSeenAt,
          lastSeenAt: entry.lastSeenAt,
        }
      }),
    )
    return views.filter((view) => view !== null)
  }

  #sorted(ateliers: readonly ReadAtelier[]): ReadAtelier[] {
    const now = this.#timers.now()
    const over = ateliers.filter((atelier) => isAtelierOver(atelier.details, now))
    const coming = ateliers.filter((atelier) => !isAtelierOver(atelier.details, now))
    // Undated ateliers come after the dated ones still to come; a past one without a date (its
    // session ended) is placed at its session's end.
    const comingAt = (atelier: ReadAtelier): number =>
      atelier.details.startsAt?.getTime() ?? Number.MAX_SAFE_INTEGER
    const overAt = (atelier: ReadAtelier): number => {
      const at =
        atelier.details.startsAt?.getTime() ?? Date.parse(atelier.details.session.endedAt ?? '')
      return Number.isNaN(at) ? 0 : at
    }
    return [
      ...coming.sort((a, b) => comingAt(a) - comingAt(b)),
      ...over.sort((a, b) => overAt(b) - overAt(a)),
    ]
  }
}
