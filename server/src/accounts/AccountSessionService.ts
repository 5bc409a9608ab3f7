import type { Actor } from '../auth/Actor.ts'
import { canManageOwnSessions, canSignOutAccount } from '../auth/accountSessionAccess.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { hashPassword, UNMATCHABLE_PASSWORD_HASH } from '../auth/passwords.ts'
import type { SessionManager } from '../auth/SessionManager.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { Session } from '../persistence/records/Session.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { PasswordChange } from './accountInput.ts'

/** The signed-in person asking, with the browser session they ask from (null for a token). */
export interface SessionHolder {
  readonly actor: Actor
  readonly session: Session | null
}

const FROM_BROWSER_ONLY =
  'Cette action se fait depuis une session ouverte dans le navigateur, pas avec un jeton d’accès.'

/**
 * What ends the sessions of an account everywhere, audited: changing one's password (every other
 * session ends, the one asking stays), « déconnecter partout » (every session, this one too), and
 * the same done by an admin to another account. Each ended session is announced on `AccessEvents`
 * by `SessionManager.endAllSessionsOf`, which closes its websockets (4401) in every process.
 */
export class AccountSessionService {
  readonly #store: MetadataStore
  readonly #sessions: SessionManager
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; sessions: SessionManager; timers: Timers }) {
    this.#store = options.store
    this.#sessions = options.sessions
    this.#timers = options.timers
  }

  /**
   * Checks the current password (throttled as a login: `AUTH_THROTTLED`; wrong: `VALIDATION_FAILED`
   * on `current`), stores the new one, and ends every other session of the account. An account
   * without a password (made by a ProConnect sign-in) gets `NO_PASSWORD`.
   */
  async changePassword(holder: SessionHolder, input: PasswordChange, ip: string): Promise<void> {
    const { actor, session } = holder
    if (session === null || !canManageOwnSessions(actor)) {
      throw new AppError(ErrorCode.Forbidden, FROM_BROWSER_ONLY)
    }
    const account = actor.account
    if (account.passwordHash === UNMATCHABLE_PASSWORD_HASH) {
      throw new AppError(
        ErrorCode.NoPassword,
        'Votre compte n’a pas de mot de passe : vous vous connectez avec ProConnect, où votre mot de passe se change.',
      )
    }
    if (!(await this.#sessions.checkPassword(account, input.current, ip))) {
      throw invalidField('current', 'Le mot de passe actuel est incorrect.')
    }
    if (input.next === input.current) {
      throw invalidField('next', 'Choisissez un mot de passe différent de l’actuel.')
    }
    const updated = await this.#store.updateAccount(account.id, {
      passwordHash: await hashPassword(input.next),
    })
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe plus.')
    const ended = await this.#sessions.endAllSessionsOf(account.id, { except: session.tokenHash })
    await this.#audit(AuditAction.AccountPasswordChanged, actor, account.id, ip, ended)
  }

  /** « Déconnecter partout »: ends every session of the actor's account, the current one too. */
  async signOutEverywhere(holder: SessionHolder, ip: string): Promise<void> {
    assertAllowed(canManageOwnSessions(holder.actor), FROM_BROWSER_ONLY)
    const accountId = holder.actor.account.id
    const ended = await this.#sessions.endAllSessionsOf(accountId)
    await this.#audit(AuditAction.AccountSignedOutEverywhere, holder.actor, accountId, ip, ended)
  }

  /** An admin ends every session of `accountId` (`NOT_FOUND` when there is no such account). */
  async signOutAccount(actor: Actor, accountId: string, ip: string): Promise<void> {
    assertAllowed(
      canSignOutAccount(actor),
      'Seule l’équipe régionale peut déconnecter un compte de partout.',
    )
    if ((await this.#store.findAccountById(accountId)) === null) {
      throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe pas.')
    }
    const ended = await this.#sessions.endAllSessionsOf(accountId)
    await this.#audit(AuditAction.AccountSignedOutEverywhere, actor, accountId, ip, ended)
  }

  #audit(
    action: AuditAction,
    actor: Actor,
    accountId: string,
    ip: string,
    ended: number,
  ): Promise<void> {
    return this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: accountId,
      ip,
      details: { sessionsEnded: String(ended) },
    })
  }
}

// A refusal shown under one field of the form, as the validation of its input is.
function invalidField(field: string, message: string): AppError {
  return new AppError(
    ErrorCode.ValidationFailed,
    'Certaines informations sont manquantes ou incorrectes : corrigez les champs signalés.',
    { details: { [field]: message } },
  )
}
