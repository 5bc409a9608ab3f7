import type { Account } from '../persistence/records/Account.ts'
import type { Membership } from '../persistence/records/Membership.ts'

/** What the API shows of an account: never its password hash. */
export function presentAccount(account: Account): Record<string, string> {
  return {
    id: account.id,
    email: account.email,
    name: account.name,
    organisation: account.organisation,
    color: account.color,
    platformRole: account.platformRole,
  }
}

/** A member of a space as listed to its members. */
export function presentMember(membership: Membership, account: Account | null): object {
  return {
    accountId: membership.accountId,
    role: membership.role,
    since: membership.createdAt,
    name: account?.name ?? 'Compte supprimé',
    organisation: account?.organisation ?? '',
    email: account?.email ?? '',
    ...(membership.modeParDefaut === undefined ? {} : { modeParDefaut: membership.modeParDefaut }),
  }
}

/** A record as shown to people: without the hash of its secret. */
export function omitTokenHash<T extends { tokenHash: string }>(record: T): Omit<T, 'tokenHash'> {
  const { tokenHash: _tokenHash, ...shown } = record
  return shown
}
