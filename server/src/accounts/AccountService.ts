import { randomUUID } from 'node:crypto'
import type { Actor } from '../auth/Actor.ts'
import { hashPassword, NO_PASSWORD_HASH } from '../auth/passwords.ts'
import type { OpenedSession, SessionManager } from '../auth/SessionManager.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { PlatformRole, type Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { NewAccount, ProfilePatch } from './accountInput.ts'

const COLORS = ['#1f6feb', '#b3261e', '#2e7d32', '#8e24aa', '#e65100', '#00695c', '#5d4037']

/**
 * Accounts: creation (email unique, password hashed, audited), the first admin of a production
 * instance, and each person's own profile.
 */
export class AccountService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #timers: Timers
  readonly #production: boolean

  constructor(options: {
    store: MetadataStore
    sessions: SessionManager
    timers: Timers
    /** Production mode: the first admin is created through {@link setUp}, once. */
    production: boolean
  }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#timers = options.timers
    this.#production = options.production
  }

  /**
   * Creates a member's account and audits it; `ACCOUNT_EMAIL_TAKEN` when the address has one.
   * `ip` is the creator's address, for the audit trail.
   */
  create(input: NewAccount, ip: string): Promise<Account> {
    return this.#create(input, { admin: false, ip, firstOnly: false })
  }

  /**
   * Creates the account of a person the OpenID provider (ProConnect) identified, linked to their
   * identity there, without a password; audited with `via: oidc`. `ACCOUNT_EMAIL_TAKEN` when the
   * address has an account.
   */
  createFromProvider(input: ProviderAccount, ip: string): Promise<Account> {
    const { oidcIssuer, oidcSubject, siret, ...rest } = input
    const identity = { oidcIssuer, oidcSubject, ...(siret === undefined ? {} : { siret }) }
    return this.#create(rest, { admin: false, ip, firstOnly: false, identity })
  }

  /** Whether this instance still waits for its first admin (production, no account yet). */
  async isSetupNeeded(): Promise<boolean> {
    return this.#production && (await this.#store.listAccounts()).length === 0
  }

  /**
   * Creates the first admin of a production instance and opens their session. Only one of many
   * concurrent setups wins (one write of the store decides); the others, and any setup once an
   * account exists or outside production, get `SETUP_ALREADY_DONE`.
   */
  async setUp(input: NewAccount, ip: string): Promise<OpenedSession> {
    // A quick refusal before hashing the password; the store's single write is what decides.
    if (!(await this.isSetupNeeded())) throw setupDone()
    const account = await this.#create(input, { admin: true, ip, firstOnly: true })
    return this.#sessions.open(account)
  }

  /** Changes `actor`'s own profile; `NOT_FOUND` if the account was deleted meanwhile. */
  async updateProfile(actor: Actor, patch: ProfilePatch): Promise<Account> {
    const updated = await this.#store.updateAccount(actor.account.id, patch)
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe plus.')
    return updated
  }

  async #create(
    input: Omit<NewAccount, 'password'> & { password?: string },
    options: {
      admin: boolean
      ip: string
      firstOnly: boolean
      identity?: Pick<Account, 'oidcIssuer' | 'oidcSubject' | 'siret'>
    },
  ): Promise<Account> {
    const email = input.email.toLowerCase()
    if ((await this.#store.findAccountByEmail(email)) !== null) {
      throw new AppError(
        ErrorCode.EmailTaken,
        'Un compte existe déjà avec cette adresse : connectez-vous, puis ouvrez de nouveau le lien.',
      )
    }
    const account: Account = {
      id: randomUUID(),
      email,
      name: input.name,
      organisation: input.organisation,
      color: COLORS[Math.floor(Math.random() * COLORS.length)] ?? '#1f6feb',
      passwordHash:
        input.password === undefined ? NO_PASSWORD_HASH : await hashPassword(input.password),
      platformRole: options.admin ? PlatformRole.Admin : PlatformRole.Membre,
      createdAt: isoTime(this.#timers),
      ...options.identity,
    }
    if (!options.firstOnly) await this.#store.createAccount(account)
    else if (!(await this.#store.createFirstAccount(account))) throw setupDone()
    await this.#store.appendAudit({
      at: account.createdAt,
      action: AuditAction.AccountCreated,
      actorId: account.id,
      target: account.id,
      ip: options.ip,
      ...(options.identity === undefined ? {} : { details: { via: 'oidc' } }),
    })
    return account
  }
}

/** A person the OpenID provider identified, as {@link AccountService.createFromProvider} takes it. */
export interface ProviderAccount {
  readonly email: string
  readonly name: string
  readonly organisation: string
  readonly oidcIssuer: string
  readonly oidcSubject: string
  readonly siret?: string
}

/** The refusal of a setup once an account exists. */
function setupDone(): AppError {
  return new AppError(
    ErrorCode.SetupDone,
    'Maillage est déjà configuré : connectez-vous avec un compte existant.',
  )
}
