import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AccessChange } from '../coordination/AccessEvents.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { systemTimers } from '../time/Timers.ts'
import { AccessTokenService } from './AccessTokenService.ts'
import type { Actor } from './Actor.ts'
import { hashSecret } from './secrets.ts'

const OWNER: Account = {
  id: 'julien',
  email: 'julien@exemple.fr',
  name: 'Julien',
  organisation: '',
  color: '#1f6feb',
  passwordHash: 'pas-de-mot-de-passe',
  platformRole: PlatformRole.Membre,
  createdAt: '2026-12-01T09:00:00.000Z',
}

function actor(via: Actor['via']): Actor {
  return { account: OWNER, roles: new Map(), via }
}

describe('AccessTokenService', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let heard: AccessChange[]
  let tokens: AccessTokenService

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    await store.createAccount(OWNER)
    events = new LocalAccessEvents()
    heard = []
    events.subscribe((change) => heard.push(change))
    tokens = new AccessTokenService({ store, accessEvents: events, timers: systemTimers })
  })
  afterEach(async () => {
    await events.close()
    await store.close()
  })

  it('stores only the hash of the secret it hands out once', async () => {
    const { token, secret } = await tokens.create(actor('session'), { name: 'Export' })
    expect(token.tokenHash).toBe(hashSecret(secret))
    expect((await store.findAccessTokenByHash(hashSecret(secret)))?.id).toBe(token.id)
  })

  it('announces the owner’s access change when a token is revoked', async () => {
    const { token } = await tokens.create(actor('session'), { name: 'Export' })
    await tokens.revoke(actor('session'), token.id)
    expect(heard).toEqual([{ kind: 'account', accountId: OWNER.id }])
    expect((await store.listAccessTokensOf(OWNER.id))[0]?.revokedAt).toBeDefined()
  })

  it('refuses to mint a token for a request authenticated with a token', async () => {
    const refused = await tokens.create(actor('token'), { name: 'Export' }).catch((e: unknown) => e)
    expect(refused instanceof AppError ? refused.code : refused).toBe(ErrorCode.Forbidden)
    expect(await store.listAccessTokensOf(OWNER.id)).toEqual([])
  })
})
