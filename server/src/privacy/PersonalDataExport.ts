import type { Actor } from '../auth/Actor.ts'
import type { AccountRateLimit } from '../auth/AccountRateLimit.ts'
import type { DocumentContent } from '../documents/DocumentContent.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { VersionRecordsReader } from './collectNamedVersions.ts'
import { collectPersonalData } from './collectPersonalData.ts'
import type { PersonalData } from './PersonalData.ts'

/** Downloads of « Mes données » per account per hour: each reads the whole store once. */
export const EXPORTS_PER_HOUR = 10

/**
 * « Mes données »: everything the platform keeps about the person asking, read from one snapshot
 * of the store (`exportSnapshot`), the documents' content and the version history's records. Rate limited per account.
 */
export class PersonalDataExport {
  readonly #store: MetadataStore
  readonly #content: DocumentContent
  readonly #versions: VersionRecordsReader
  readonly #timers: Timers
  readonly #rateLimit: AccountRateLimit

  constructor(options: {
    store: MetadataStore
    content: DocumentContent
    versions: VersionRecordsReader
    timers: Timers
    rateLimit: AccountRateLimit
  }) {
    this.#store = options.store
    this.#content = options.content
    this.#versions = options.versions
    this.#timers = options.timers
    this.#rateLimit = options.rateLimit
  }

  /** The actor's own data; links start with `origin`. */
  async collect(actor: Actor, origin: string): Promise<PersonalData> {
    await this.#rateLimit.admit(actor.account.id)
    const snapshot = await this.#store.exportSnapshot()
    // The account as stored now, not as the request's actor was read.
    const account =
      snapshot.data.accounts.find((candidate) => candidate.id === actor.account.id) ?? actor.account
    return collectPersonalData(account, {
      snapshot,
      content: this.#content,
      versions: this.#versions,
      origin,
      now: isoTime(this.#timers),
    })
  }
}
