import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SpaceKind, SpaceRole, parseSpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import type { AccessChange } from '../coordination/AccessEvents.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { systemTimers } from '../time/Timers.ts'
import { SpaceService } from './SpaceService.ts'

const LILLE = parseSpaceId('clpe-lille')
const CREATED_AT = '2026-12-01T09:00:00.000Z'

function account(id: string): Account {
  return {
    id,
    email: `${id}@exemple.fr`,
    name: id,
    organisation: '',
    color: '#1f6feb',
    passwordHash: 'pas-de-mot-de-passe',
    platformRole: PlatformRole.Membre,
    createdAt: CREATED_AT,
  }
}

function actorOf(of: Account, role?: SpaceRole): Actor {
  return { account: of, roles: new Map(role === undefined ? [] : [[LILLE, role]]), via: 'session' }
}

async function codeOf(action: Promise<unknown>): Promise<string> {
  const error: unknown = await action.then(
    () => null,
    (reason: unknown) => reason,
  )
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`
}

describe('SpaceService', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let heard: AccessChange[]
  let spaces: SpaceService
  const animatrice = account('animatrice')
  const membre = account('membre')

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    events = new LocalAccessEvents()
    heard = []
    events.subscribe((change) => heard.push(change))
    spaces = new SpaceService({ store, accessEvents: events, timers: systemTimers })
    await store.createSpace({
      id: LILLE,
      kind: SpaceKind.Clpe,
      name: 'CLPE de Lille',
      description: '',
      createdAt: CREATED_AT,
    })
    await store.createAccount(animatrice)
    await store.createAccount(membre)
  })
  afterEach(async () => {
    await events.close()
    await store.close()
  })

  it('announces the access change of an account whose role an animateur sets, and audits it', async () => {
    const member = await spaces.setRole(
      actorOf(animatrice, SpaceRole.Animateur),
      { spaceId: LILLE, accountId: membre.id },
      SpaceRole.Lecteur,
    )
    expect(member.membership.role).toBe(SpaceRole.Lecteur)
    expect(heard).toEqual([{ kind: 'account', accountId: membre.id }])
    expect((await store.findMembership(LILLE, membre.id))?.role).toBe(SpaceRole.Lecteur)
    expect((await store.listAudit()).map((entry) => entry.action)).toContain(
      AuditAction.MembershipGranted,
    )
  })

  it('refuses a contributeur who sets a role, and announces nothing', async () => {
    const refused = spaces.setRole(
      actorOf(animatrice, SpaceRole.Contributeur),
      { spaceId: LILLE, accountId: membre.id },
      SpaceRole.Animateur,
    )
    expect(await codeOf(refused)).toBe(ErrorCode.Forbidden)
    expect(heard).toEqual([])
    expect(await store.findMembership(LILLE, membre.id)).toBeNull()
  })

  it('lets a member leave a space themselves and announces their access change', async () => {
    await store.putMembership({
      spaceId: LILLE,
      accountId: membre.id,
      role: SpaceRole.Lecteur,
      createdAt: CREATED_AT,
    })
    await spaces.removeMember(actorOf(membre, SpaceRole.Lecteur), {
      spaceId: LILLE,
      accountId: membre.id,
    })
    expect(await store.findMembership(LILLE, membre.id)).toBeNull()
    expect(heard).toEqual([{ kind: 'account', accountId: membre.id }])
  })

  it('answers NOT_FOUND for an unknown space before deciding anything', async () => {
    const refused = spaces.listMembers(actorOf(membre), 'espace-inconnu')
    expect(await codeOf(refused)).toBe(ErrorCode.NotFound)
  })
})
