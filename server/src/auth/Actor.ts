import type { SpaceId, SpaceRole } from '@maillage/schema'
import type { Account } from '../persistence/records/Account.ts'

/** Who is making a request: the account and its role in each space it belongs to. */
export interface Actor {
  readonly account: Account
  readonly roles: ReadonlyMap<SpaceId, SpaceRole>
  /** How the request was authenticated: a browser session (CSRF applies) or an access token. */
  readonly via: 'session' | 'token'
}
