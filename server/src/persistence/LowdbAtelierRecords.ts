import type { AtelierRecords } from './AtelierRecords.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import {
  conflictError,
  insertRecord,
  replaceRecord,
  validateRecord,
  type RecordKind,
} from './recordCollection.ts'
import { atelierAttendanceSchema } from './records/AtelierAttendance.ts'
import type { AtelierAttendance } from './records/AtelierAttendance.ts'
import { atelierRecordSchema, type AtelierRecord } from './records/AtelierRecord.ts'
import {
  atelierRegistrationSchema,
  type AtelierRegistration,
} from './records/AtelierRegistration.ts'
import { calendarFeedSchema, type CalendarFeed } from './records/CalendarFeed.ts'

const FEED: RecordKind<CalendarFeed> = {
  name: 'calendar feed',
  schema: calendarFeedSchema,
  unique: ['id', 'tokenHash'],
}

/** The atelier records of `LowdbMetadataStore`, in the same file and the same coalesced writes. */
export class LowdbAtelierRecords implements AtelierRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  findAtelier(atelierId: string): Promise<AtelierRecord | null> {
    return this.#db.read(
      (data) => data.ateliers.find((atelier) => atelier.id === atelierId) ?? null,
    )
  }

  async putAtelier(record: AtelierRecord): Promise<void> {
    await this.#db.write((data) => {
      const validated = validateRecord(atelierRecordSchema, record, 'atelier')
      const index = data.ateliers.findIndex((atelier) => atelier.id === validated.id)
      if (index === -1) data.ateliers.push(validated)
      else data.ateliers[index] = validated
    })
  }

  listRegistrations(atelierId: string): Promise<AtelierRegistration[]> {
    return this.#db.read((data) => registrationsOf(data, atelierId))
  }

  listRegistrationsOf(accountId: string): Promise<AtelierRegistration[]> {
    return this.#db.read((data) =>
      data.atelierRegistrations.filter((registration) => registration.accountId === accountId),
    )
  }

  findRegistration(atelierId: string, accountId: string): Promise<AtelierRegistration | null> {
    return this.#db.read(
      (data) =>
        data.atelierRegistrations.find(
          (registration) =>
            registration.atelierId === atelierId && registration.accountId === accountId,
        ) ?? null,
    )
  }

  changeRegistrations<R>(
    atelierId: string,
    change: (registrations: readonly AtelierRegistration[]) => {
      registrations: AtelierRegistration[]
      result: R
    },
  ): Promise<R> {
    return this.#db.write(
      (data) => {
        const { registrations, result } = change(structuredClone(registrationsOf(data, atelierId)))
        const validated = registrations.map((registration) =>
          validateRecord(atelierRegistrationSchema, registration, 'atelier registration'),
        )
        const seen = new Set<string>()
        for (const registration of validated) {
          if (registration.atelierId !== atelierId || seen.has(registration.accountId)) {
            throw conflictError('atelier registration', `${atelierId}/${registration.accountId}`)
          }
          seen.add(registration.accountId)
        }
        const others = data.atelierRegistrations.filter((r) => r.atelierId !== atelierId)
        data.atelierRegistrations = [...others, ...validated]
        return result
      },
      () => true,
    )
  }

  recordAttendance(atelierId: string, accountId: string, at: string): Promise<void> {
    return this.#db.write((data) => {
      const index = data.atelierAttendance.findIndex(
        (attendance) => attendance.atelierId === atelierId && attendance.accountId === accountId,
      )
      const previous = index === -1 ? undefined : data.atelierAttendance[index]
      const record = validateRecord<AtelierAttendance>(
        atelierAttendanceSchema,
        { atelierId, accountId, firstSeenAt: previous?.firstSeenAt ?? at, lastSeenAt: at },
        'atelier attendance',
      )
      if (index === -1) data.atelierAttendance.push(record)
      else data.atelierAttendance[index] = record
    })
  }

  findAttendance(atelierId: string, accountId: string): Promise<AtelierAttendance | null> {
    return this.#db.read(
      (data) =>
        data.atelierAttendance.find(
          (attendance) => attendance.atelierId === atelierId && attendance.accountId === accountId,
        ) ?? null,
    )
  }

  listAttendance(atelierId: string): Promise<AtelierAttendance[]> {
    return this.#db.read((data) =>
      data.atelierAttendance.filter((attendance) => attendance.atelierId === atelierId),
    )
  }

  async createCalendarFeed(feed: CalendarFeed): Promise<void> {
    await this.#db.write((data) => insertRecord(data.calendarFeeds, feed, FEED))
  }

  findCalendarFeedByHash(tokenHash: string): Promise<CalendarFeed | null> {
    return this.#db.read(
      (data) => data.calendarFeeds.find((feed) => feed.tokenHash === tokenHash) ?? null,
    )
  }

  listCalendarFeedsOf(accountId: string): Promise<CalendarFeed[]> {
    return this.#db.read((data) =>
      data.calendarFeeds.filter((feed) => feed.accountId === accountId),
    )
  }

  updateCalendarFeed(
    id: string,
    patch: Partial<Omit<CalendarFeed, 'id'>>,
  ): Promise<CalendarFeed | null> {
    return this.#db.write((data) => replaceRecord(data.calendarFeeds, { id, patch }, FEED))
  }
}

/** An atelier's registrations in `registeredAt` order; the sort is stable, so ties keep order. */
function registrationsOf(data: MetadataFile, atelierId: string): AtelierRegistration[] {
  return data.atelierRegistrations
    .filter((registration) => registration.atelierId === atelierId)
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt))
}
