import { UNMATCHABLE_PASSWORD_HASH } from '../../server/src/auth/passwords.ts'
import { generateSecret, hashSecret } from '../../server/src/auth/secrets.ts'
import { parseSpaceId } from '@maillage/schema'
import type { MetadataStore } from '../../server/src/persistence/MetadataStore.ts'
import type { ApiClient, SessionCredential } from './apiClient.ts'

/** A member of a CLPE signed in and holding a seat in an atelier. */
export interface SeatHolder {
  readonly accountId: string
  readonly name: string
  readonly credential: SessionCredential
}

/**
 * `count` members of the space `spaceId` (lecteurs), written to the store as accounts created
 * without a password (as a ProConnect sign-in writes them) with a session each — hashing 150
 * passwords would take the test's time —, then registered to the atelier through the API, in
 * parallel. The atelier must have room for them (capacity 0: unlimited).
 */
export async function seatHolders(
  metadata: MetadataStore,
  api: ApiClient,
  options: { atelierId: string; spaceId: string; count: number; prefix: string },
): Promise<SeatHolder[]> {
  const now = new Date()
  const people = await Promise.all(
    Array.from({ length: options.count }, async (_, index) => {
      const accountId = `${options.prefix}-${index + 1}`
      const name = `Participant ${options.prefix} ${index + 1}`
      await metadata.createAccount({
        id: accountId,
        email: `${accountId}@clpe.exemple.fr`,
        name,
        organisation: 'Mission locale',
        color: '#1f6feb',
        passwordHash: UNMATCHABLE_PASSWORD_HASH,
        platformRole: 'membre',
        createdAt: now.toISOString(),
      })
      await metadata.putMembership({
        spaceId: parseSpaceId(options.spaceId),
        accountId,
        role: 'lecteur',
        createdAt: now.toISOString(),
      })
      const token = generateSecret()
      const csrfToken = generateSecret()
      await metadata.createSession({
        tokenHash: hashSecret(token),
        accountId,
        csrfToken,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 60 * 60 * 1000).toISOString(),
      })
      const credential: SessionCredential = {
        kind: 'session',
        cookie: `maillage_session=${token}`,
        csrfToken,
      }
      return { accountId, name, credential }
    }),
  )
  const registered = await Promise.all(
    people.map((person) =>
      api.request('POST', `/api/ateliers/${options.atelierId}/inscription`, {
        as: person.credential,
      }),
    ),
  )
  const refused = registered.filter((response) => response.status !== 200)
  if (refused.length > 0) throw new Error(`${refused.length} registrations refused`)
  return people
}
