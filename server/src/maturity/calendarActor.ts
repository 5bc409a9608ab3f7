import type { Actor } from '../auth/Actor.ts'
import { SERVER_AUTHOR_ID } from '../documents/serverAuthor.ts'
import { PlatformRole } from '../persistence/records/Account.ts'

/**
 * Who archives the documents of a campaign its last day closed: the server itself (the pseudo
 * account `maillage` of `documents/serverAuthor.ts`), not the person whose visit noticed it, so
 * the audit trail does not blame them.
 */
export function calendarActor(now: string): Actor {
  return {
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
}
