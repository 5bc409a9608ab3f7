import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashPassword } from '../auth/passwords.ts'
import { resolveCredentials } from '../auth/resolveCredentials.ts'
import { DEFAULT_LOGIN_THROTTLE, LoginThrottle } from '../auth/LoginThrottle.ts'
import { SessionManager } from '../auth/SessionManager.ts'
import type { AccessChange } from '../coordination/AccessEvents.ts'
import { LocalAccessEvents } from '../coordination/LocalAccessEvents.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { PlatformRole } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { systemTimers } from '../time/Timers.ts'
import { AccountService } from './AccountService.ts'
import { SignInService } from './SignInService.ts'

const EMAIL = 'nadia@exemple.fr'
const PASSWORD = 'un mot de passe assez long'
const IP = '192.0.2.7'

describe('SignInService', () => {
  let store: LowdbMetadataStore
  let events: LocalAccessEvents
  let heard: AccessChange[]
  let sessions: SessionManager
  let signIn: SignInService

  beforeEach(async () => {
    store = LowdbMetadataStore.inMemory()
    events = new LocalAccessEvents()
    heard = []
    events.subscribe((change) => heard.push(change))
    sessions = new SessionManager({
      store,
      timers: systemTimers,
      throttle: new LoginThrottle(DEFAULT_LOGIN_THROTTLE, systemTimers, {
        failures: new MemoryEventWindows(),
        knownAddresses: new MemoryEventWindows(),
      }),
      ttlMs: 60 * 60 * 1000,
      accessEvents: events,
    })
    const accounts = new AccountService({
      store,
      sessions,
      timers: systemTimers,
      production: false,
    })
    signIn = new SignInService({
      store,
      sessions,
      accounts,
      accessEvents: events,
      timers: systemTimers,
    })
    await store.createAccount({
      id: 'nadia',
      email: EMAIL,
      name: 'Nadia',
      organisation: '',
      color: '#1f6feb',
      passwordHash: await hashPassword(PASSWORD),
      platformRole: PlatformRole.Membre,
      createdAt: '2026-12-01T09:00:00.000Z',
    })
  })
  afterEach(async () => {
    await events.close()
    await store.close()
  })

  async function credentialsOf(token: string) {
    return resolveCredentials({ cookie: `maillage_session=${token}` }, '/', sessions)
  }

  it('announces the end of the session a sign-out ends, and audits it', async () => {
    const opened = await signIn.login({ email: EMAIL, password: PASSWORD }, IP, null)
    await signIn.logout(await credentialsOf(opened.token), IP)
    expect(heard).toEqual([{ kind: 'session', sessionTokenHash: opened.session.tokenHash }])
    expect(await credentialsOf(opened.token)).toBeNull()
    expect((await store.listAudit()).map((entry) => entry.action)).toContain(AuditAction.Logout)
  })

  it('ends and announces the session the browser had when it signs in again', async () => {
    const first = await signIn.login({ email: EMAIL, password: PASSWORD }, IP, null)
    const second = await signIn.login(
      { email: EMAIL, password: PASSWORD },
      IP,
      await credentialsOf(first.token),
    )
    expect(second.token).not.toBe(first.token)
    expect(heard).toEqual([{ kind: 'session', sessionTokenHash: first.session.tokenHash }])
    expect(await credentialsOf(first.token)).toBeNull()
  })

  it('audits a wrong password as a failed login and announces nothing', async () => {
    const refused = await signIn
      .login({ email: EMAIL, password: 'pas le bon' }, IP, null)
      .catch((error: unknown) => error)
    expect(refused instanceof AppError ? refused.code : refused).toBe(ErrorCode.InvalidCredentials)
    expect(heard).toEqual([])
    const [failed] = await store.listAudit()
    expect(failed).toMatchObject({
      action: AuditAction.LoginFailed,
      ip: IP,
      details: { email: EMAIL },
    })
  })
})
