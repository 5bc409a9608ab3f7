import type { Credentials } from '../auth/resolveCredentials.ts'
import {
  invalidCredentials,
  type OpenedSession,
  type SessionManager,
} from '../auth/SessionManager.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { AccountService } from './AccountService.ts'
import type { LoginInput, NewAccount } from './accountInput.ts'

/**
 * Signing in and out, audited: failed and successful logins, logouts. Ending a session is announced
 * on {@link AccessEvents}, so that the websocket connections opened with it close (4401).
 */
export class SignInService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #accounts: AccountService
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers

  constructor(options: {
    store: MetadataStore
    sessions: SessionManager
    accounts: AccountService
    accessEvents: AccessEvents
    timers: Timers
  }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#accounts = options.accounts
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
  }

  /**
   * Opens a new session for the form's account (throttled, `AUTH_INVALID_CREDENTIALS` audited),
   * and ends `previous`, the session the browser had: a login never keeps an old session
   * (no session fixation).
   */
  async login(input: LoginInput, ip: string, previous: Credentials | null): Promise<OpenedSession> {
    let opened: OpenedSession
    try {
      opened = await this.#sessions.login(input.email, input.password, ip)
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.InvalidCredentials) {
        await this.#auditFailedLogin(input.email, ip, {})
      }
      throw error
    }
    if (previous?.session != null && previous.sessionToken !== null) {
      await this.#end(previous.sessionToken, previous.session.tokenHash)
    }
    await this.#store.appendAudit({
      at: opened.session.createdAt,
      action: AuditAction.LoginSucceeded,
      actorId: opened.account.id,
      ip,
    })
    return opened
  }

  /**
   * Opens a new session for an account the OpenID provider identified, keeping its ID token for
   * the logout at the provider; ends `previous` (no session fixation); audited as a login with
   * `via: oidc`.
   */
  async openIdentified(
    account: Account,
    ip: string,
    previous: Credentials | null,
    oidcIdToken: string,
  ): Promise<OpenedSession> {
    const opened = await this.#sessions.open(account, { oidcIdToken })
    if (previous?.session != null && previous.sessionToken !== null) {
      await this.#end(previous.sessionToken, previous.session.tokenHash)
    }
    await this.#store.appendAudit({
      at: opened.session.createdAt,
      action: AuditAction.LoginSucceeded,
      actorId: account.id,
      ip,
      details: { via: 'oidc' },
    })
    return opened
  }

  /** Ends the session of `credentials`, if they are a browser session; audited. */
  async logout(credentials: Credentials | null, ip: string): Promise<void> {
    if (credentials?.sessionToken == null) return
    await this.#end(credentials.sessionToken, credentials.session?.tokenHash ?? null)
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.Logout,
      actorId: credentials.actor.account.id,
      ip,
    })
  }

  /**
   * For a person accepting an invitation while signed out: the account the form's address and
   * password sign into, or a new one. An address with an account and a wrong password is refused
   * as a wrong login — never « this address has an account » — audited and throttled like one.
   */
  async signInOrCreate(input: NewAccount, ip: string): Promise<Account> {
    try {
      return await this.#sessions.signInOrCreate(input.email, input.password, ip, () =>
        this.#accounts.create(input, ip),
      )
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      // An account created by a concurrent request between the look-up and the creation.
      const refusal = error.code === ErrorCode.EmailTaken ? invalidCredentials() : error
      if (refusal.code === ErrorCode.InvalidCredentials) {
        await this.#auditFailedLogin(input.email, ip, { via: 'invitation' })
      }
      throw refusal
    }
  }

  async #end(sessionToken: string, sessionTokenHash: string | null): Promise<void> {
    await this.#sessions.logout(sessionToken)
    if (sessionTokenHash !== null) {
      await this.#accessEvents.publish({ kind: 'session', sessionTokenHash })
    }
  }

  #auditFailedLogin(email: string, ip: string, details: Record<string, string>): Promise<void> {
    return this.#store.appendAudit({
      at: isoTime(this.#timers),
      action: AuditAction.LoginFailed,
      ip,
      details: { email: email.toLowerCase().slice(0, 254), ...details },
    })
  }
}
