import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { AccessToken } from '../persistence/records/AccessToken.ts'
import type { Account } from '../persistence/records/Account.ts'
import type { Session } from '../persistence/records/Session.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Actor } from './Actor.ts'
import type { LoginThrottle } from './LoginThrottle.ts'
import { UNMATCHABLE_PASSWORD_HASH, verifyPassword } from './passwords.ts'
import { generateSecret, hashSecret } from './secrets.ts'

/** Lifetime of a session from login (default 12 hours: a working day, then sign in again). */
export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000

/** A signed-in session as the HTTP layer needs it: the secret for the cookie and the CSRF token. */
export interface OpenedSession {
  readonly token: string
  readonly session: Session
  readonly account: Account
}

/**
 * Signs people in and out, and tells who is behind a session cookie or an access token. Session
 * and access tokens are stored hashed; every login creates a new session (no fixation). Sessions
 * do not slide: each ends at the `expiresAt` fixed when it opened, or sooner when ended.
 */
export class SessionManager {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #throttle: LoginThrottle
  readonly #ttlMs: number
  readonly #accessEvents: AccessEvents

  constructor(options: {
    store: MetadataStore
    timers: Timers
    throttle: LoginThrottle
    ttlMs: number
    /** Where the end of a session is announced, so that its websockets close in every process. */
    accessEvents: AccessEvents
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#throttle = options.throttle
    this.#ttlMs = options.ttlMs
    this.#accessEvents = options.accessEvents
  }

  /**
   * Checks an email and password and opens a new session. Throws `AUTH_THROTTLED` while the
   * progressive delay of this account or address runs (`retryAfterSeconds` says how long) and
   * `AUTH_INVALID_CREDENTIALS` for a wrong email or password (the same answer for both, so that
   * addresses cannot be probed).
   */
  async login(email: string, password: string, ip: string): Promise<OpenedSession> {
    return this.open(await this.#authenticate(email, password, ip, null))
  }

  /**
   * For a person accepting an invitation while signed out: the account of `email` when `password`
   * is its own, else, when no account has that address, the one `create` makes. An address that
   * has an account, with a wrong password, gets the refusal of a wrong login, and the attempt is
   * throttled and counted with the logins, so that this path is neither a way to tell which
   * addresses have an account faster than logging in, nor a way around the login throttle.
   */
  async signInOrCreate(
    email: string,
    password: string,
    ip: string,
    create: () => Promise<Account>,
  ): Promise<Account> {
    return this.#authenticate(email, password, ip, create)
  }

  async #authenticate(
    email: string,
    password: string,
    ip: string,
    create: (() => Promise<Account>) | null,
  ): Promise<Account> {
    const key = email.trim().toLowerCase()
    // Admitted and counted as a failure in one atomic step, before the password is checked, so
    // that parallel guesses (on any process) cannot all get through before the first failure is
    // recorded; a success takes it back.
    const waitMs = await this.#throttle.attempt(key, ip)
    if (waitMs > 0) throw throttled(waitMs)
    const account = await this.#store.findAccountByEmail(key)
    if (account === null && create !== null) {
      // Creating hashes the new password: as long as checking one, so the time tells nothing.
      const created = await create()
      await this.#throttle.recordSuccess(key, ip)
      return created
    }
    // An unknown address costs a hash too: answering it faster would tell which addresses exist.
    const valid = await verifyPassword(password, account?.passwordHash ?? UNMATCHABLE_PASSWORD_HASH)
    if (account === null || !valid) throw invalidCredentials()
    await this.#throttle.recordSuccess(key, ip)
    return account
  }

  /**
   * Checks the password of a signed-in account (before changing it, or any step that asks for it
   * again), throttled and counted with the logins of that account and address, so that it is no
   * faster a way to guess the password than the login form. Throws `AUTH_THROTTLED` while the
   * progressive delay runs; resolves to whether the password is the account's.
   */
  async checkPassword(account: Account, password: string, ip: string): Promise<boolean> {
    const waitMs = await this.#throttle.attempt(account.email, ip)
    if (waitMs > 0) throw throttled(waitMs)
    const valid = await verifyPassword(password, account.passwordHash)
    if (valid) await this.#throttle.recordSuccess(account.email, ip)
    return valid
  }

  /**
   * Ends every session of an account but `except` (the token hash of the one that asked, when it
   * stays), and announces each on {@link AccessEvents}: the websockets and event streams opened with
   * them close (4401) in every process. Resolves to how many were ended.
   */
  async endAllSessionsOf(accountId: string, options: { except?: string } = {}): Promise<number> {
    const sessions = await this.#store.listSessionsOf(accountId)
    const ended = sessions.filter((session) => session.tokenHash !== options.except)
    await Promise.all(
      ended.map(async ({ tokenHash }) => {
        await this.#store.deleteSession(tokenHash)
        await this.#accessEvents.publish({ kind: 'session', sessionTokenHash: tokenHash })
      }),
    )
    return ended.length
  }

  /**
   * Opens a new session for an account (after login or accepting an invitation); `origin` keeps
   * the ID token of an OpenID sign-in, for the logout at the provider.
   */
  async open(account: Account, origin: Pick<Session, 'oidcIdToken'> = {}): Promise<OpenedSession> {
    const token = generateSecret()
    const session: Session = {
      tokenHash: hashSecret(token),
      accountId: account.id,
      csrfToken: generateSecret(),
      createdAt: isoTime(this.#timers),
      expiresAt: isoTime(this.#timers, this.#ttlMs),
      ...origin,
    }
    await this.#store.createSession(session)
    return { token, session, account }
  }

  /** Ends the session of this cookie secret; unknown secrets are ignored. */
  async logout(token: string): Promise<void> {
    await this.#store.deleteSession(hashSecret(token))
  }

  /** The live session and account behind a cookie secret, or null (unknown or expired). */
  async resolveSession(token: string): Promise<{ session: Session; account: Account } | null> {
    const session = await this.#store.findSession(hashSecret(token))
    if (session === null) return null
    if (Date.parse(session.expiresAt) <= this.#timers.now()) {
      await this.#store.deleteSession(session.tokenHash)
      return null
    }
    const account = await this.#store.findAccountById(session.accountId)
    return account === null ? null : { session, account }
  }

  /** True while the session of a stored token hash exists and has not expired. */
  async isSessionLive(tokenHash: string): Promise<boolean> {
    const session = await this.#store.findSession(tokenHash)
    return session !== null && Date.parse(session.expiresAt) > this.#timers.now()
  }

  /** The account and token id behind a personal access token, or null (unknown, revoked or expired). */
  async resolveAccessToken(token: string): Promise<{ account: Account; tokenId: string } | null> {
    const record = await this.#store.findAccessTokenByHash(hashSecret(token))
    if (record === null || !this.#isLive(record)) return null
    const account = await this.#store.findAccountById(record.accountId)
    return account === null ? null : { account, tokenId: record.id }
  }

  /** True while an account's access token (by id) is neither revoked nor expired. */
  async isAccessTokenLive(accountId: string, tokenId: string): Promise<boolean> {
    const tokens = await this.#store.listAccessTokensOf(accountId)
    const record = tokens.find((candidate) => candidate.id === tokenId)
    return record !== undefined && this.#isLive(record)
  }

  #isLive(record: AccessToken): boolean {
    if (record.revokedAt !== undefined) return false
    return record.expiresAt === undefined || Date.parse(record.expiresAt) > this.#timers.now()
  }

  /** The actor of an account: the account with its role in each of its spaces. */
  async actorFor(account: Account, via: Actor['via']): Promise<Actor> {
    const memberships = await this.#store.listMembershipsOfAccount(account.id)
    return {
      account,
      via,
      roles: new Map(memberships.map((membership) => [membership.spaceId, membership.role])),
    }
  }
}

/** The refusal of a wrong email or password, the same whichever was wrong. */
export function invalidCredentials(): AppError {
  return new AppError(
    ErrorCode.InvalidCredentials,
    'Adresse électronique ou mot de passe incorrect.',
  )
}

// The wait in whole seconds under a minute, else in minutes (rounded up, never 0).
function throttled(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000)
  const minutes = Math.ceil(seconds / 60)
  const wait =
    seconds < 60
      ? `${seconds} seconde${seconds > 1 ? 's' : ''}`
      : `${minutes} minute${minutes > 1 ? 's' : ''}`
  return new AppError(
    ErrorCode.Throttled,
    `Trop de tentatives de connexion. Par sécurité, attendez ${wait} avant de réessayer.`,
    { retryAfterSeconds: seconds },
  )
}
