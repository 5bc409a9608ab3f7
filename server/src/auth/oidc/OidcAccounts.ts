import type { AccountService } from '../../accounts/AccountService.ts'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import type { MetadataStore } from '../../persistence/MetadataStore.ts'
import type { Account } from '../../persistence/records/Account.ts'
import type { OidcIdentity } from './oidcIdentity.ts'

/** The account of an identity, or why there is none. */
export type AccountOfIdentity = { account: Account } | { problem: 'adresse-deja-reliee' }

/**
 * Finds or makes the account of a person the OpenID provider identified: the account linked to
 * their identity there (issuer and subject) first; else, at their first sign-in, the account with
 * their address, which gets linked; else a new account without password, which joins spaces
 * through invitations as any other. An account already linked to another identity of the same
 * provider is not taken over by an address that moved.
 */
export class OidcAccounts {
  readonly #store: MetadataStore
  readonly #accounts: AccountService

  constructor(options: { store: MetadataStore; accounts: AccountService }) {
    this.#store = options.store
    this.#accounts = options.accounts
  }

  async accountOf(identity: OidcIdentity, ip: string): Promise<AccountOfIdentity> {
    const linked = await this.#findLinked(identity)
    if (linked !== null) return { account: linked }
    const holder = await this.#store.findAccountByEmail(identity.email)
    if (holder === null) return { account: await this.#create(identity, ip) }
    if (holder.oidcIssuer === identity.issuer && holder.oidcSubject !== undefined) {
      return { problem: 'adresse-deja-reliee' }
    }
    const updated = await this.#store.updateAccount(holder.id, {
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
      ...(identity.siret === undefined ? {} : { siret: identity.siret }),
    })
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe plus.')
    return { account: updated }
  }

  // Accounts are few (the members of the CLPE of one region): a scan, rather than one more index
  // every metadata store would have to keep.
  async #findLinked(identity: OidcIdentity): Promise<Account | null> {
    const accounts = await this.#store.listAccounts()
    const found = accounts.find(
      (account) =>
        account.oidcIssuer === identity.issuer && account.oidcSubject === identity.subject,
    )
    return found ?? null
  }

  async #create(identity: OidcIdentity, ip: string): Promise<Account> {
    try {
      return await this.#accounts.createFromProvider(
        {
          email: identity.email,
          name: identity.name,
          organisation: '',
          oidcIssuer: identity.issuer,
          oidcSubject: identity.subject,
          ...(identity.siret === undefined ? {} : { siret: identity.siret }),
        },
        ip,
      )
    } catch (error) {
      // The same person's sign-in in another tab created it meanwhile.
      if (!(error instanceof AppError) || error.code !== ErrorCode.EmailTaken) throw error
      const created = await this.#findLinked(identity)
      if (created === null) throw error
      return created
    }
  }
}
