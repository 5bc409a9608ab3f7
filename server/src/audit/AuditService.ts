import { isAdmin } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AuditEntry } from '../persistence/records/AuditEntry.ts'

/** The audit trail as people read it: for the regional team (admins) only. */
export class AuditService {
  readonly #store: MetadataStore

  constructor(options: { store: MetadataStore }) {
    this.#store = options.store
  }

  /** Every entry, oldest first; `AUTH_FORBIDDEN` for anyone but an admin. */
  async list(actor: Actor): Promise<AuditEntry[]> {
    assertAllowed(isAdmin(actor), 'Le journal d’audit est réservé à l’équipe régionale.')
    return this.#store.listAudit()
  }
}
