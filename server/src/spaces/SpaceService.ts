import { randomBytes } from 'node:crypto'
import {
  DEFAULT_LECTEUR_REVIEW,
  EditingMode,
  SpaceKind,
  SpaceRole,
  parseSpaceId,
  type LecteurReview,
} from '@maillage/schema'
import { canCreateSpace, canManageSpace, canSeeSpaceContent, roleIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import type { AccessEvents } from '../coordination/AccessEvents.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { Membership } from '../persistence/records/Membership.ts'
import type { Space } from '../persistence/records/Space.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { loadSpace } from './loadSpace.ts'
import type { NewSpaceInput } from './spaceInput.ts'

/** A space as one person sees it: with their role in it (`null`: not a member). */
export type SpaceOfActor = Space & { readonly myRole: SpaceRole | null }

/** A member of a space: the membership and its account (`null` once the account is deleted). */
export interface SpaceMember {
  readonly membership: Membership
  readonly account: Account | null
}

/**
 * Spaces and their members: the list, working groups, who belongs with which role. Decides who may
 * do what (`accessPolicy.ts`), audits every change of membership and announces it on
 * {@link AccessEvents}, so that the person's live connections are re-checked.
 */
export class SpaceService {
  readonly #store: MetadataStore
  readonly #accessEvents: AccessEvents
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; accessEvents: AccessEvents; timers: Timers }) {
    this.#store = options.store
    this.#accessEvents = options.accessEvents
    this.#timers = options.timers
  }

  /** Every space, each with `actor`'s role in it: every member sees the whole list. */
  async list(actor: Actor): Promise<SpaceOfActor[]> {
    const spaces = await this.#store.listSpaces()
    return spaces.map((space) => ofActor(actor, space))
  }

  /** One space with `actor`'s role; `NOT_FOUND` for an unknown id. */
  async get(actor: Actor, spaceId: string): Promise<SpaceOfActor> {
    return ofActor(actor, await loadSpace(this.#store, spaceId))
  }

  /** Creates a working group whose first animateur is `actor` (animateurs and admins only). */
  async createWorkingGroup(actor: Actor, input: NewSpaceInput): Promise<SpaceOfActor> {
    assertAllowed(
      canCreateSpace(actor),
      'Seuls les animateurs et l’équipe régionale créent des groupes de travail.',
    )
    const space: Space = {
      id: parseSpaceId(`groupe-${randomBytes(6).toString('hex')}`),
      kind: SpaceKind.WorkingGroup,
      name: input.name,
      description: input.description,
      createdAt: this.#now(),
    }
    await this.#store.createSpace(space)
    await this.#store.putMembership({
      spaceId: space.id,
      accountId: actor.account.id,
      role: SpaceRole.Animateur,
      createdAt: space.createdAt,
    })
    await this.#store.appendAudit({
      at: space.createdAt,
      action: AuditAction.SpaceCreated,
      actorId: actor.account.id,
      target: space.id,
      details: { name: space.name },
    })
    return { ...space, myRole: SpaceRole.Animateur }
  }

  /** The members of a space, for its members (and admins) only. */
  async listMembers(actor: Actor, spaceId: string): Promise<SpaceMember[]> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canSeeSpaceContent(actor, space.id),
      'Seuls les membres de cet espace voient la liste de ses membres.',
    )
    const memberships = await this.#store.listMembershipsOfSpace(space.id)
    return Promise.all(
      memberships.map(async (membership) => ({
        membership,
        account: await this.#store.findAccountById(membership.accountId),
      })),
    )
  }

  /**
   * Gives an account a role in a space, or changes it (the space's animateurs and admins only);
   * `NOT_FOUND` for an unknown account. The account's live connections are re-checked.
   */
  async setRole(
    actor: Actor,
    target: { spaceId: string; accountId: string },
    role: SpaceRole,
  ): Promise<SpaceMember> {
    const space = await loadSpace(this.#store, target.spaceId)
    assertAllowed(
      canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace gèrent ses membres.',
    )
    const account = await this.#store.findAccountById(target.accountId)
    if (account === null) throw new AppError(ErrorCode.NotFound, 'Ce compte n’existe pas.')
    const previous = await this.#store.findMembership(space.id, account.id)
    const membership: Membership = {
      spaceId: space.id,
      accountId: account.id,
      role,
      createdAt: previous?.createdAt ?? this.#now(),
      // A new role keeps the person's default editing mode.
      ...(previous?.modeParDefaut === undefined ? {} : { modeParDefaut: previous.modeParDefaut }),
    }
    await this.#store.putMembership(membership)
    await this.#store.appendAudit({
      at: this.#now(),
      action: previous === null ? AuditAction.MembershipGranted : AuditAction.MembershipChanged,
      actorId: actor.account.id,
      target: account.id,
      details: { spaceId: space.id, role, previousRole: previous?.role ?? '' },
    })
    await this.#accessEvents.publish({ kind: 'account', accountId: account.id })
    return { membership, account }
  }

  /**
   * Removes a member: the space's animateurs and admins remove anyone, a person removes
   * themselves. `NOT_FOUND` when the account is not a member. Their live connections are re-checked.
   */
  async removeMember(actor: Actor, target: { spaceId: string; accountId: string }): Promise<void> {
    const space = await loadSpace(this.#store, target.spaceId)
    const leavingThemselves = target.accountId === actor.account.id
    assertAllowed(
      leavingThemselves || canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace retirent des membres.',
    )
    const removed = await this.#store.deleteMembership(space.id, target.accountId)
    if (!removed) {
      throw new AppError(ErrorCode.NotFound, 'Cette personne n’est pas membre de l’espace.')
    }
    await this.#store.appendAudit({
      at: this.#now(),
      action: AuditAction.MembershipRevoked,
      actorId: actor.account.id,
      target: target.accountId,
      details: { spaceId: space.id },
    })
    await this.#accessEvents.publish({ kind: 'account', accountId: target.accountId })
  }

  /**
   * Sets what the lecteurs of a space may do besides reading (`lecture`, `commentaire`,
   * `suggestion`): its animateurs and admins only; audited. Every lecteur's live connections are
   * re-checked, so that they reopen able (or no longer able) to suggest.
   */
  async setLecteurReview(
    actor: Actor,
    spaceId: string,
    lecteurs: LecteurReview,
  ): Promise<SpaceOfActor> {
    const space = await loadSpace(this.#store, spaceId)
    assertAllowed(
      canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace règlent ce que ses lecteurs peuvent faire.',
    )
    const updated = await this.#store.updateSpace(space.id, { relecture: { lecteurs } })
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Cet espace n’existe plus.')
    await this.#store.appendAudit({
      at: this.#now(),
      action: AuditAction.SpaceReviewChanged,
      actorId: actor.account.id,
      target: space.id,
      details: { lecteurs, previous: space.relecture?.lecteurs ?? DEFAULT_LECTEUR_REVIEW },
    })
    const memberships = await this.#store.listMembershipsOfSpace(space.id)
    for (const membership of memberships) {
      if (membership.role !== SpaceRole.Lecteur) continue
      await this.#accessEvents.publish({ kind: 'account', accountId: membership.accountId })
    }
    return ofActor(actor, updated)
  }

  /**
   * Sets the mode the editor opens in for a contributeur or animateur of a space (`edition` or
   * `suggestion`): the space's animateurs and admins, or the person themself; audited. A lecteur
   * has no choice to make (they suggest or only read, as the space says): `VALIDATION_FAILED`.
   */
  async setDefaultMode(
    actor: Actor,
    target: { spaceId: string; accountId: string },
    mode: EditingMode,
  ): Promise<SpaceMember> {
    const space = await loadSpace(this.#store, target.spaceId)
    assertAllowed(
      target.accountId === actor.account.id || canManageSpace(actor, space.id),
      'Seuls les animateurs de l’espace règlent le mode d’écriture des autres membres.',
    )
    const previous = await this.#store.findMembership(space.id, target.accountId)
    if (previous === null) {
      throw new AppError(ErrorCode.NotFound, 'Cette personne n’est pas membre de l’espace.')
    }
    if (previous.role === SpaceRole.Lecteur) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Un lecteur n’a pas de mode d’écriture à choisir : l’espace décide s’il peut suggérer.',
      )
    }
    const membership: Membership = { ...previous, modeParDefaut: mode }
    await this.#store.putMembership(membership)
    await this.#store.appendAudit({
      at: this.#now(),
      action: AuditAction.MemberModeChanged,
      actorId: actor.account.id,
      target: target.accountId,
      details: { spaceId: space.id, mode, previous: previous.modeParDefaut ?? EditingMode.Edition },
    })
    return { membership, account: await this.#store.findAccountById(target.accountId) }
  }

  #now(): string {
    return isoTime(this.#timers)
  }
}

function ofActor(actor: Actor, space: Space): SpaceOfActor {
  return { ...space, myRole: roleIn(actor, space.id) ?? null }
}
