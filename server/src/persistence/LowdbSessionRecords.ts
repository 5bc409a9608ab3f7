import { z } from 'zod'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataStore } from './MetadataStore.ts'
import { conflictError, validateRecord } from './recordCollection.ts'
import { sessionSchema, type Session } from './records/Session.ts'

/** The session methods of {@link MetadataStore}. */
type SessionMethods = Pick<
  MetadataStore,
  | 'createSession'
  | 'findSession'
  | 'listSessionsOf'
  | 'deleteSession'
  | 'deleteSessionsOf'
  | 'deleteExpiredSessions'
>

/**
 * The sessions of `LowdbMetadataStore`, with their index by token hash (every request looks one
 * up). The index follows the writes made through this object; whoever replaces the data otherwise
 * (a transaction's commit) must call {@link LowdbSessionRecords.index}.
 */
export class LowdbSessionRecords implements SessionMethods {
  readonly #db: LowdbDatabase<MetadataFile>
  readonly #byTokenHash = new Map<string, Session>()

  /** Sessions of `db`, indexed from `data`, the records `db` holds now. */
  constructor(db: LowdbDatabase<MetadataFile>, data: MetadataFile) {
    this.#db = db
    this.index(data)
  }

  /** Rebuilds the index from `data`, the records the database now holds. */
  index(data: MetadataFile): void {
    this.#byTokenHash.clear()
    for (const session of data.sessions) this.#byTokenHash.set(session.tokenHash, session)
  }

  createSession(session: Session): Promise<void> {
    return this.#db.write((data) => {
      const stored = validateRecord(sessionSchema, session, 'session')
      const taken = this.#byTokenHash.has(stored.tokenHash)
      if (taken) throw conflictError('session', 'tokenHash')
      data.sessions.push(stored)
      this.#byTokenHash.set(stored.tokenHash, stored)
    })
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return this.#db.read(() => this.#byTokenHash.get(tokenHash) ?? null)
  }

  listSessionsOf(accountId: string): Promise<Session[]> {
    return this.#db.read((data) =>
      data.sessions.filter((session) => session.accountId === accountId),
    )
  }

  async deleteSession(tokenHash: string): Promise<boolean> {
    return (await this.#delete((session) => session.tokenHash === tokenHash)) > 0
  }

  deleteSessionsOf(accountId: string): Promise<number> {
    return this.#delete((session) => session.accountId === accountId)
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    // Compared as instants: ISO strings of different precisions do not sort as text.
    const nowMs = Date.parse(validateRecord(z.iso.datetime(), now, 'date'))
    return await this.#delete((session) => Date.parse(session.expiresAt) < nowMs)
  }

  #delete(isDeleted: (session: Session) => boolean): Promise<number> {
    return this.#db.write(
      (data) => {
        const kept = data.sessions.filter((session) => !isDeleted(session))
        const deleted = data.sessions.length - kept.length
        if (deleted === 0) return 0
        data.sessions = kept
        this.index(data)
        return deleted
      },
      (deleted) => deleted > 0,
    )
  }
}
