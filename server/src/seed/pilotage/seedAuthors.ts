import type { Actor } from '../../auth/Actor.ts'
import { SERVER_AUTHOR_ID } from '../../documents/serverAuthor.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import { PlatformRole } from '../../persistence/records/Account.ts'

/** Who writes a demo document: a person with their roles, or the server itself. */
export interface SeedAuthor {
  readonly actor: Actor
  /** The account the index names as last editor; null for the server. */
  readonly accountId: string | null
  /** Name written as `saisiePar` of the measurements they enter. */
  readonly name: string
}

/** The server's pseudo-account (`documents/serverAuthor.ts`), for CLPE without a demo member. */
function serverAuthor(now: string): SeedAuthor {
  const actor: Actor = {
    account: {
      id: SERVER_AUTHOR_ID,
      email: 'maillage@maillage.invalid',
      name: 'Maillage',
      organisation: 'Maillage',
      color: '#555555',
      passwordHash: '-',
      platformRole: PlatformRole.Admin,
      createdAt: now,
    },
    roles: new Map(),
    via: 'token',
  }
  return { actor, accountId: null, name: 'Équipe d’animation du CLPE' }
}

/**
 * Finds the author of a demo document by e-mail, with their roles, caching each; without e-mail
 * (or when the account is missing), the server's pseudo-account.
 */
export function seedAuthors(
  store: MetadataStore,
  now: string,
): (email: string | undefined) => Promise<SeedAuthor> {
  const found = new Map<string, SeedAuthor>()
  return async (email) => {
    if (email === undefined) return serverAuthor(now)
    const cached = found.get(email)
    if (cached !== undefined) return cached
    const account = await store.findAccountByEmail(email)
    if (account === null) return serverAuthor(now)
    const memberships = await store.listMembershipsOfAccount(account.id)
    const author: SeedAuthor = {
      actor: {
        account,
        roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
        via: 'token',
      },
      accountId: account.id,
      name: account.name,
    }
    found.set(email, author)
    return author
  }
}
