import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpaceKind, SpaceRole, parseSpaceId } from '@maillage/schema'
import { AccountService } from '../accounts/AccountService.ts'
import { SignInService } from '../accounts/SignInService.ts'
import type { Actor } from '../auth/Actor.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../auth/LoginThrottle.ts'
import { SessionManager } from '../auth/SessionManager.ts'
import type { AccessChange } from '../coordination/AccessEvents.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { systemTimers } from '../time/Timers.ts'
import { InvitationService } from './InvitationService.ts'

const LILLE = parseSpaceId('clpe-lille')

function account(id: string): Account {
  return {
    id,
    email: `${id}@exemple.fr`,
    name: id,
    organisation: '',
    color: '#1f6feb',
    passwordHash: 'pas-de-mot-de-passe',
    platformRole: PlatformRole.Membre,
    createdAt: '2026-12-01T09:00:00.000Z',
  }
}

async function codeOf(action: Promise<unknown>): Promise<string> {
  const error: unknown = await action.then(
    () => null,
    (reason: unknown) => reason,
  )
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`
}

describe('InvitationService', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let heard: AccessChange[]
  let invitations: InvitationService
  const animatrice = account('animatrice')
  const partenaire = account('partenaire')
  const animatriceActor: Actor = {
    account: animatrice,
    roles: new Map([[LILLE, SpaceRole.Animateur]]),
    via: 'session',
  }

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    events = new LocalAccessEvents()
    heard = []
    events.subscribe((change) => heard.push(change))
    const sessions = new SessionManager({
      store,
      timers: systemTimers,
      throttle: new LoginThrottle(DEFAULT_LOGIN_THROTTLE, systemTimers, {
        failures: new MemoryEventWindows(),
        knownAddresses: new MemoryEventWindows(),
      }),
      ttlMs: 60 * 60 * 1000,
    })
    const accounts = new AccountService({
      store,
      sessions,
      timers: systemTimers,
      production: false,
    })
    const signIn = new SignInService({
      store,
      sessions,
      accounts,
      accessEvents: events,
      timers: systemTimers,
    })
    invitations = new InvitationService({
      store,
      signIn,
      sessions,
      accessEvents: events,
      timers: systemTimers,
    })
    await store.createSpace({
      id: LILLE,
      kind: SpaceKind.Clpe,
      name: 'CLPE de Lille',
      description: '',
      createdAt: '2026-12-01T09:00:00.000Z',
    })
    await store.createAccount(animatrice)
    await store.createAccount(partenaire)
  })
  afterEach(async () => {
    await events.close()
    await store.close()
  })

  it('gives the role and announces the access change of a signed-in person who accepts', async () => {
    const { token } = await invitations.create(animatriceActor, LILLE, { role: SpaceRole.Lecteur })
    const accepted = await invitations.accept(token, { kind: 'signed-in', account: partenaire })
    expect(accepted).toMatchObject({ spaceId: LILLE, opened: null })
    expect((await store.findMembership(LILLE, partenaire.id))?.role).toBe(SpaceRole.Lecteur)
    expect(heard).toEqual([{ kind: 'account', accountId: partenaire.id }])
  })

  it('serves a link once', async () => {
    const { token } = await invitations.create(animatriceActor, LILLE, { role: SpaceRole.Lecteur })
    await invitations.accept(token, { kind: 'signed-in', account: partenaire })
    const again = invitations.accept(token, { kind: 'signed-in', account: animatrice })
    expect(await codeOf(again)).toBe(ErrorCode.InvitationInvalid)
  })

  it('refuses a person who does not manage the space, before any invitation exists', async () => {
    const lecteur: Actor = {
      account: partenaire,
      roles: new Map([[LILLE, SpaceRole.Lecteur]]),
      via: 'session',
    }
    const refused = invitations.create(lecteur, LILLE, { role: SpaceRole.Animateur })
    expect(await codeOf(refused)).toBe(ErrorCode.Forbidden)
    expect(await store.listInvitationsOfSpace(LILLE)).toEqual([])
  })
})
