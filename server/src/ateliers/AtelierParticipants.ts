import type { SessionManager } from '../auth/SessionManager.ts'
import { canFacilitateAtelier } from '../auth/atelierAccess.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'

/**
 * Who takes part in an atelier's live session: the people holding a seat (`inscrit`) and its
 * facilitators (`canFacilitateAtelier`). Those on the waiting list and other readers may follow
 * the session, but are not recorded present, and their votes and notes on the wall do not count
 * in the compte rendu (issue #8 security review: the wall is written by browsers).
 */
export class AtelierParticipants {
  readonly #store: MetadataStore
  readonly #sessions: Pick<SessionManager, 'actorFor'>

  constructor(options: { store: MetadataStore; sessions: Pick<SessionManager, 'actorFor'> }) {
    this.#store = options.store
    this.#sessions = options.sessions
  }

  /** Whether `accountId` holds a seat in the atelier or facilitates it. */
  async includes(atelier: DocumentRecord, accountId: string): Promise<boolean> {
    return (await this.#participant(atelier, accountId)) !== null
  }

  /**
   * Of `accountIds` (any strings, e.g. read from the wall), those who take part, with their names
   * as the store has them; ids of no account are left out.
   */
  async namesOf(
    atelier: DocumentRecord,
    accountIds: Iterable<string>,
  ): Promise<ReadonlyMap<string, string>> {
    const ids = [...new Set(accountIds)].filter((id) => id !== '')
    const accounts = await Promise.all(ids.map((id) => this.#participant(atelier, id)))
    return new Map(
      accounts
        .filter((account) => account !== null)
        .map((account) => [account.id, account.name] as const),
    )
  }

  /** The account of `accountId` if it takes part in the atelier, else null. */
  async #participant(atelier: DocumentRecord, accountId: string): Promise<Account | null> {
    if (accountId === '') return null
    const [account, registration] = await Promise.all([
      this.#store.findAccountById(accountId),
      this.#store.ateliers.findRegistration(atelier.id, accountId),
    ])
    if (account === null) return null
    if (registration?.status === 'inscrit') return account
    const actor = await this.#sessions.actorFor(account, 'session')
    return canFacilitateAtelier(actor, atelier) ? account : null
  }
}
