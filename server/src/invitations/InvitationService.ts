import { randomUUID } from 'node:crypto'
import type { SpaceRole } from '@maillage/schema'
import type { NewAccount } from '../accounts/accountInput.ts'
import type { SignInService } from '../accounts/SignInService.ts'
import { canManageSpace } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { generateSecret, hashSecret } from '../auth/secrets.ts'
import type { OpenedSession, SessionManager } from '../auth/SessionManager.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { Logger } from 'pino'
import type { MailService } from '../mail/MailService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { Invitation } from '../persistence/records/Invitation.ts'
import { loadSpace } from '../spaces/loadSpace.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { NewInvitationInput } from './invitationInput.ts'
import { invitationMail } from './invitationMail.ts'

/** How long an invitation link stays valid (default 14 days). */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000

const INVALID_INVITATION =
  'Ce lien d’invitation n’est plus valable : il a déjà servi, a expiré ou a été annulé. Demandez-en un nouveau à l’animateur de l’espace.'

/** What the holder of a link sees of it before accepting. */
export interface InvitationPreview {
  readonly spaceId: string
  readonly spaceName: string
  readonly role: SpaceRole
  readonly expiresAt: string
  readonly email: string | null
}

/**
 * Who accepts a link: a signed-in person with their account, or someone signed out whose form
 * (read only once the link is known to be usable) signs into an account or creates one.
 */
export type Joiner =
  | { readonly kind: 'signed-in'; readonly account: Account }
  | { readonly kind: 'signed-out'; readonly readForm: () => NewAccount; readonly ip: string }

/**
 * Invitations by link: created, listed and revoked by a space's animateurs; previewed by whoever
 * holds the link; accepted once. The link's secret is shown once and stored hashed. Accepting
 * gives the role and announces the account's access change (its live connections are re-checked).
 */
export class InvitationService {
  readonly #store: MetadataStore
  readonly #signIn: SignInService
  readonly #sessions: SessionManager
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers
  readonly #locks: KeyedLock
  readonly #mail: Pick<MailService, 'sendToAddress'>
  readonly #logger: Logger

  constructor(options: {
    store: MetadataStore
    signIn: SignInService
    sessions: SessionManager
    accessEvents: AccessEvents
    timers: Timers
    /**
     * Accepts of one invitation, one at a time in every process (namespace `invitations`): the
     * second re-reads the link, finds it used and is refused, so a link never serves twice.
     */
    locks: KeyedLock
    /** Where the link of an invitation made for an address is mailed (`sendToAddress`). */
    mail: Pick<MailService, 'sendToAddress'>
    /** Where a mail that could not be queued is logged. */
    logger: Logger
  }) {
    this.#store = options.store
    this.#signIn = options.signIn
    this.#sessions = options.sessions
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
    this.#locks = options.locks
    this.#mail = options.mail
    this.#logger = options.logger
  }

  /**
   * Creates a link to join a space with a role (its animateurs and admins); audited. An
   * invitation made for an address is mailed to it now, the only time the link's secret exists
   * (kind `invitation`); `mailQueued` says whether the mail went to the queue (false without an
   * address, or when queuing failed: the link is still answered, for the animateur to pass on).
   */
  async create(
    actor: Actor,
    spaceId: string,
    input: NewInvitationInput,
  ): Promise<{ invitation: Invitation; token: string; mailQueued: boolean }> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(canManageSpace(actor, space.id), 'Seuls les animateurs de l’espace invitent.')
    const token = generateSecret()
    const invitation: Invitation = {
      id: randomUUID(),
      tokenHash: hashSecret(token),
      spaceId: space.id,
      role: input.role,
      createdBy: actor.account.id,
      createdAt: this.#now(),
      expiresAt: isoTime(this.#timers, INVITATION_TTL_MS),
      ...(input.email === undefined ? {} : { email: input.email.toLowerCase() }),
    }
    await this.#store.createInvitation(invitation)
    await this.#store.appendAudit({
      at: invitation.createdAt,
      action: AuditAction.InvitationCreated,
      actorId: actor.account.id,
      target: invitation.id,
      details: { spaceId: space.id, role: input.role },
    })
    const mailQueued =
      invitation.email !== undefined &&
      (await this.#mailTo(invitation.email, {
        inviterName: actor.account.name,
        spaceName: space.name,
        role: invitation.role,
        expiresAt: invitation.expiresAt,
        token,
      }))
    return { invitation, token, mailQueued }
  }

  async #mailTo(address: string, content: Parameters<typeof invitationMail>[0]): Promise<boolean> {
    try {
      await this.#mail.sendToAddress(address, invitationMail(content))
      return true
    } catch (error) {
      this.#logger.error({ err: error }, 'the mail of an invitation could not be queued')
      return false
    }
  }

  /** The invitations of a space, for its animateurs and admins. */
  async listOfSpace(actor: Actor, spaceId: string): Promise<Invitation[]> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace voient les invitations.',
    )
    return this.#store.listInvitationsOfSpace(space.id)
  }

  /** Revokes an invitation (its space's animateurs and admins); audited. */
  async revoke(actor: Actor, invitationId: string): Promise<void> {
    const invitation = await this.#store.findInvitation(invitationId)
    if (invitation === null) {
      throw new AppError(ErrorCode.NotFound, 'Cette invitation n’existe pas.')
    }
    assertAllowed(
      canManageSpace(actor, invitation.spaceId),
      'Seuls les animateurs de l’espace annulent une invitation.',
    )
    await this.#store.updateInvitation(invitation.id, { revokedAt: this.#now() })
    await this.#store.appendAudit({
      at: this.#now(),
      action: AuditAction.InvitationRevoked,
      actorId: actor.account.id,
      target: invitation.id,
      details: { spaceId: invitation.spaceId },
    })
  }

  /**
   * What a usable link is for, shown to anyone holding it so they can decide to accept;
   * `INVITATION_INVALID` for a used, expired, revoked or unknown link.
   */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.#findUsable(token)
    const space = await loadSpace(this.#store, invitation.spaceId)
    return {
      spaceId: space.id,
      spaceName: space.name,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      email: invitation.email ?? null,
    }
  }

  /**
   * Accepts a usable link once: `joiner`'s account (signed in, or signed into or created from the
   * form) gets the invitation's role; someone who was signed out gets a new session (`opened`).
   * `INVITATION_INVALID` when the link is not usable, or was used by a concurrent accept (in this
   * process or another: accepts of one link run one at a time, each re-reading it first).
   */
  async accept(
    token: string,
    joiner: Joiner,
  ): Promise<{ account: Account; spaceId: string; opened: OpenedSession | null }> {
    const { id } = await this.#findUsable(token)
    const { account, invitation } = await this.#locks.run(id, async () => {
      // Read again under the lock: a concurrent accept may have used the link meanwhile.
      const current = await this.#findUsable(token)
      return { account: await this.#join(current, joiner), invitation: current }
    })
    const opened = joiner.kind === 'signed-out' ? await this.#sessions.open(account) : null
    return { account, spaceId: invitation.spaceId, opened }
  }

  async #join(invitation: Invitation, joiner: Joiner): Promise<Account> {
    const account =
      joiner.kind === 'signed-in'
        ? joiner.account
        : await this.#signIn.signInOrCreate(joiner.readForm(), joiner.ip)
    // The link used, the role given and the audit entry: all three or none. The link is read again
    // inside, so that even with the lock held per process only (Redis lost) it is used once.
    await this.#store.transaction(async (tx) => {
      const current = await tx.findInvitation(invitation.id)
      if (current === null || current.usedAt !== undefined || current.revokedAt !== undefined) {
        throw new AppError(ErrorCode.InvitationInvalid, INVALID_INVITATION)
      }
      await tx.updateInvitation(invitation.id, { usedAt: this.#now(), usedBy: account.id })
      const previous = await tx.findMembership(invitation.spaceId, account.id)
      await tx.putMembership({
        spaceId: invitation.spaceId,
        accountId: account.id,
        role: invitation.role,
        createdAt: previous?.createdAt ?? this.#now(),
      })
      await tx.appendAudit({
        at: this.#now(),
        action: AuditAction.InvitationAccepted,
        actorId: account.id,
        target: invitation.id,
        details: { spaceId: invitation.spaceId, role: invitation.role },
      })
    })
    // The account may already have live connections (signed in here, or elsewhere).
    await this.#accessEvents.publish({ kind: 'account', accountId: account.id })
    return account
  }

  async #findUsable(token: string): Promise<Invitation> {
    const invitation = await this.#store.findInvitationByTokenHash(hashSecret(token))
    const usable =
      invitation !== null &&
      invitation.usedAt === undefined &&
      invitation.revokedAt === undefined &&
      Date.parse(invitation.expiresAt) > this.#timers.now()
    if (!usable) throw new AppError(ErrorCode.InvitationInvalid, INVALID_INVITATION)
    return invitation
  }

  #now(): string {
    return isoTime(this.#timers)
  }
}
