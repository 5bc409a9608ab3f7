import type { AtelierRecords } from '../AtelierRecords.ts'
import { conflictError, validateRecord } from '../recordCollection.ts'
import { atelierAttendanceSchema, type AtelierAttendance } from '../records/AtelierAttendance.ts'
import type { AtelierRecord } from '../records/AtelierRecord.ts'
import {
  atelierRegistrationSchema,
  type AtelierRegistration,
} from '../records/AtelierRegistration.ts'
import type { CalendarFeed } from '../records/CalendarFeed.ts'
import {
  ATELIER_ATTENDANCE,
  ATELIER_REGISTRATIONS,
  ATELIERS,
  CALENDAR_FEEDS,
} from './metadataTables.ts'
import { insertRow, selectRow, selectRows, updateRow, upsertRow } from './postgresRows.ts'
import { ATELIER_LOCK_CLASS, type PostgresScope, type SqlRunner } from './PostgresScope.ts'

/** An atelier's registrations in `registeredAt` order (as text, like the embedded store), then
 * insertion order. */
const REGISTRATION_ORDER = 'registered_at COLLATE "C", seq'

/**
 * The atelier records of `PostgresMetadataStore`. `changeRegistrations` holds a per-atelier
 * advisory lock (`pg_advisory_xact_lock`, first key {@link ATELIER_LOCK_CLASS}, second the hash of
 * the atelier id) for its read, change and write, in one transaction: two processes registering
 * for the last seat at once are taken one after the other.
 */
export class PostgresAtelierRecords implements AtelierRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  findAtelier(atelierId: string): Promise<AtelierRecord | null> {
    return selectRow(this.#scope, ATELIERS, { where: 'id = $1', values: [atelierId] })
  }

  async putAtelier(record: AtelierRecord): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, ATELIERS, record))
  }

  listRegistrations(atelierId: string): Promise<AtelierRegistration[]> {
    return registrationsOf(this.#scope, atelierId)
  }

  listRegistrationsOf(accountId: string): Promise<AtelierRegistration[]> {
    const query = { where: 'account_id = $1', values: [accountId] }
    return selectRows(this.#scope, ATELIER_REGISTRATIONS, query)
  }

  findRegistration(atelierId: string, accountId: string): Promise<AtelierRegistration | null> {
    const where = 'atelier_id = $1 AND account_id = $2'
    return selectRow(this.#scope, ATELIER_REGISTRATIONS, { where, values: [atelierId, accountId] })
  }

  changeRegistrations<R>(
    atelierId: string,
    change: (registrations: readonly AtelierRegistration[]) => {
      registrations: AtelierRegistration[]
      result: R
    },
  ): Promise<R> {
    return this.#scope.atomically(
      async (runner) => {
        const { registrations, result } = change(await registrationsOf(runner, atelierId))
        const validated = validateRegistrations(atelierId, registrations)
        await runner.query(`DELETE FROM ${ATELIER_REGISTRATIONS.name} WHERE atelier_id = $1`, [
          atelierId,
        ])
        for (const registration of validated) {
          await insertRow(runner, ATELIER_REGISTRATIONS, registration)
        }
        return result
      },
      { lockClass: ATELIER_LOCK_CLASS, keys: [atelierId] },
    )
  }

  async recordAttendance(atelierId: string, accountId: string, at: string): Promise<void> {
    const record = validateRecord<AtelierAttendance>(
      atelierAttendanceSchema,
      { atelierId, accountId, firstSeenAt: at, lastSeenAt: at },
      'atelier attendance',
    )
    // One statement: the first time seen is kept from the stored row, whoever writes at once.
    await this.#scope.query(
      `INSERT INTO ${ATELIER_ATTENDANCE.name} AS stored (atelier_id, account_id, data)
       VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (atelier_id, account_id) DO UPDATE
       SET data = jsonb_set(EXCLUDED.data, '{firstSeenAt}', stored.data -> 'firstSeenAt')`,
      [atelierId, accountId, JSON.stringify(record)],
    )
  }

  findAttendance(atelierId: string, accountId: string): Promise<AtelierAttendance | null> {
    const where = 'atelier_id = $1 AND account_id = $2'
    return selectRow(this.#scope, ATELIER_ATTENDANCE, { where, values: [atelierId, accountId] })
  }

  listAttendance(atelierId: string): Promise<AtelierAttendance[]> {
    const query = { where: 'atelier_id = $1', values: [atelierId] }
    return selectRows(this.#scope, ATELIER_ATTENDANCE, query)
  }

  async createCalendarFeed(feed: CalendarFeed): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, CALENDAR_FEEDS, feed))
  }

  findCalendarFeedByHash(tokenHash: string): Promise<CalendarFeed | null> {
    return selectRow(this.#scope, CALENDAR_FEEDS, { where: 'token_hash = $1', values: [tokenHash] })
  }

  listCalendarFeedsOf(accountId: string): Promise<CalendarFeed[]> {
    return selectRows(this.#scope, CALENDAR_FEEDS, {
      where: 'account_id = $1',
      values: [accountId],
    })
  }

  updateCalendarFeed(
    id: string,
    patch: Partial<Omit<CalendarFeed, 'id'>>,
  ): Promise<CalendarFeed | null> {
    return updateRow(this.#scope, CALENDAR_FEEDS, { id, patchOf: () => patch })
  }
}

function registrationsOf(runner: SqlRunner, atelierId: string): Promise<AtelierRegistration[]> {
  const query = { where: 'atelier_id = $1', values: [atelierId], order: REGISTRATION_ORDER }
  return selectRows(runner, ATELIER_REGISTRATIONS, query)
}

/** Validates the new list: every record valid, of this atelier, one per account. */
function validateRegistrations(
  atelierId: string,
  registrations: readonly AtelierRegistration[],
): AtelierRegistration[] {
  const seen = new Set<string>()
  return registrations.map((registration) => {
    const valid = validateRecord(atelierRegistrationSchema, registration, 'atelier registration')
    if (valid.atelierId !== atelierId || seen.has(valid.accountId)) {
      throw conflictError('atelier registration', `${atelierId}/${valid.accountId}`)
    }
    seen.add(valid.accountId)
    return valid
  })
}
