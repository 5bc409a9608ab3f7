import { randomUUID } from 'node:crypto'
import { SpaceKind, type SpaceId } from '@maillage/schema'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { College, type InstanceMember } from '../persistence/records/InstanceMember.ts'
import {
  InstanceKind,
  type ClpeProfile,
  type InstanceRecord,
} from '../persistence/records/InstanceRecord.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import {
  evaluateClpeRule,
  type ClpeDirectory,
  type ClpeRuleState,
} from './clpeRepresentationRule.ts'
import {
  canManageInstance,
  canReadInstance,
  canSetClpeProfile,
  type InstanceRef,
} from './instanceAccess.ts'
import type { MemberInput } from './instanceInput.ts'
import {
  isMandateActiveOn,
  MandateStatus,
  mandateStatusOn,
  nextDay,
  parisDay,
} from './mandateDays.ts'

/** Mandates running or to come one instance holds at most. */
export const MAX_MEMBERS_PER_INSTANCE = 200
/** Mandates one instance keeps at most, ended ones included (the rotation history is bounded). */
export const MAX_MANDATES_PER_INSTANCE = 2000

/** An instance with its mandates, what its page shows. */
export interface InstanceDetail {
  readonly instance: InstanceRecord
  readonly today: string
  readonly mandates: readonly InstanceMember[]
  /** The comité de pilotage's rule today; null for other instances. */
  readonly rule: ClpeRuleState | null
  /** The comité de pilotage's CLPE mandates, newest first; null for other instances. */
  readonly rotation: readonly InstanceMember[] | null
  /** Names of the spaces the page mentions (the instance's and the CLPE's). */
  readonly spaceNames: ReadonlyMap<SpaceId, string>
}

/** A change of members, with the rule on the day it takes effect and whether it broke it. */
export interface MandateChange {
  readonly mandate: InstanceMember
  readonly rule: ClpeRuleState | null
  readonly ruleBroken: boolean
}

/**
 * The governance's instances (comité de pilotage, comité des territoires and its enlarged form,
 * bureau du CoRE, each CLPE's plénière and bureau) and their members' mandates. Who reads and
 * manages what: `instanceAccess.ts`. Every change is audited; a change that breaks the comité de
 * pilotage's rule (`clpeRepresentationRule.ts`) is allowed — a rotation is made in two steps —
 * but flagged in the answer and in the audit entry.
 */
export class InstanceService {
  readonly #store: MetadataStore
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; timers: Timers }) {
    this.#store = options.store
    this.#timers = options.timers
  }

  /** Today, `YYYY-MM-DD` in Europe/Paris. */
  today(): string {
    return parisDay(this.#timers.now())
  }

  /** The instance of id `id`, whoever asks (callers check access), or null. */
  findInstance(id: string): Promise<InstanceRecord | null> {
    return this.#store.instances.findInstance(id)
  }

  /** Every instance, oldest first, whoever asks (callers check access). */
  listAllInstances(): Promise<InstanceRecord[]> {
    return this.#store.instances.listInstances()
  }

  /** See {@link canManageInstance}: admins and the animateurs of the instance's space. */
  canManageInstance(actor: Actor, instance: InstanceRef): boolean {
    return canManageInstance(actor, instance)
  }

  /** The instances `actor` may read: the regional ones, and the CLPE's of their spaces. */
  async listInstances(actor: Actor): Promise<InstanceRecord[]> {
    const instances = await this.#store.instances.listInstances()
    return instances.filter((instance) => canReadInstance(actor, instance))
  }

  /** One instance `actor` may read; `NOT_FOUND` otherwise (as if it did not exist). */
  async getInstance(actor: Actor, id: string): Promise<InstanceRecord> {
    const instance = await this.#store.instances.findInstance(id)
    if (instance === null || !canReadInstance(actor, instance)) {
      throw new AppError(
        ErrorCode.NotFound,
        'Cette instance n’existe pas ou ne vous est pas ouverte.',
      )
    }
    return instance
  }

  /** The mandates of `instanceId` running on `onDate` (`YYYY-MM-DD`), oldest first. */
  async activeMembers(instanceId: string, onDate: string): Promise<InstanceMember[]> {
    const mandates = await this.#store.instances.listMandates(instanceId)
    return mandates.filter((mandate) => isMandateActiveOn(mandate, onDate))
  }

  /** True when `actor`'s account holds a mandate of `instance` running on `onDate`. */
  async isInstanceMember(
    actor: Actor,
    instance: Pick<InstanceRecord, 'id'>,
    onDate: string,
  ): Promise<boolean> {
    const active = await this.activeMembers(instance.id, onDate)
    return active.some((mandate) => mandate.accountId === actor.account.id)
  }

  /** The number of members running today of each instance of `instances`, by id. */
  async countActiveMembers(instances: readonly InstanceRecord[]): Promise<Map<string, number>> {
    const today = this.today()
    const counts = new Map<string, number>()
    for (const instance of instances) {
      counts.set(instance.id, (await this.activeMembers(instance.id, today)).length)
    }
    return counts
  }

  /** An instance `actor` may read, with its mandates, rule and rotation history. */
  async describe(actor: Actor, id: string): Promise<InstanceDetail> {
    const instance = await this.getInstance(actor, id)
    const mandates = await this.#store.instances.listMandates(id)
    const today = this.today()
    const { directory, spaceNames } = await this.#directory()
    const copil = instance.kind === InstanceKind.ComitePilotage
    return {
      instance,
      today,
      mandates: sortForPage(mandates, today),
      rule: copil ? evaluateClpeRule(mandates, today, directory) : null,
      rotation: copil ? rotationOf(mandates) : null,
      spaceNames,
    }
  }

  /**
   * Adds a member's mandate to an instance `actor` manages. A CLPE seat names a CLPE's space and
   * takes the CLPE's current profile. Refused: `VALIDATION_FAILED` (unknown account or CLPE),
   * `INSTANCE_FULL` past {@link MAX_MEMBERS_PER_INSTANCE} running or future mandates.
   */
  async addMember(actor: Actor, instanceId: string, input: MemberInput): Promise<MandateChange> {
    const instance = await this.#manageable(actor, instanceId)
    const mandates = await this.#store.instances.listMandates(instanceId)
    const today = this.today()
    const current = mandates.filter(
      (found) => mandateStatusOn(found, today) !== MandateStatus.Termine,
    )
    if (
      current.length >= MAX_MEMBERS_PER_INSTANCE ||
      mandates.length >= MAX_MANDATES_PER_INSTANCE
    ) {
      throw new AppError(
        ErrorCode.InstanceFull,
        `Cette instance compte déjà ${MAX_MEMBERS_PER_INSTANCE} membres : terminez un mandat avant d’en ajouter un.`,
      )
    }
    if (
      input.accountId !== undefined &&
      (await this.#store.findAccountById(input.accountId)) === null
    ) {
      throw invalid('accountId', 'Ce compte n’existe pas.')
    }
    const seat = await this.#clpeSeat(input)
    const mandate: InstanceMember = {
      id: randomUUID(),
      instanceId,
      name: input.name,
      ...(input.accountId === undefined ? {} : { accountId: input.accountId }),
      college: input.college,
      body: input.body,
      ...seat,
      startsOn: input.startsOn,
      ...(input.endsOn === undefined ? {} : { endsOn: input.endsOn }),
    }
    await this.#store.instances.createMandate(mandate)
    const effective = mandate.startsOn > today ? mandate.startsOn : today
    const change = await this.#change(instance, mandate, { before: mandates, on: effective })
    await this.#audit(actor, AuditAction.InstanceMemberAdded, instance, {
      mandate: mandate.id,
      name: mandate.name,
      college: mandate.college,
      body: mandate.body,
      startsOn: mandate.startsOn,
      ...ruleDetails(change),
    })
    return change
  }

  /**
   * Ends a mandate on `endsOn` (its last day, not before its first). Refused with
   * `INSTANCE_MANDATE_ENDED` when it has already ended.
   */
  async endMandate(
    actor: Actor,
    instanceId: string,
    change: { mandateId: string; endsOn: string },
  ): Promise<MandateChange> {
    const instance = await this.#manageable(actor, instanceId)
    const mandate = await this.#store.instances.findMandate(change.mandateId)
    if (mandate === null || mandate.instanceId !== instanceId) {
      throw new AppError(ErrorCode.NotFound, 'Ce mandat n’existe pas dans cette instance.')
    }
    const today = this.today()
    if (mandateStatusOn(mandate, today) === MandateStatus.Termine) {
      throw new AppError(ErrorCode.MandateEnded, 'Ce mandat est déjà terminé.')
    }
    if (change.endsOn < mandate.startsOn) {
      throw invalid('endsOn', 'La fin du mandat ne peut pas précéder son début.')
    }
    const before = await this.#store.instances.listMandates(instanceId)
    const ended = await this.#store.instances.updateMandate(mandate.id, { endsOn: change.endsOn })
    if (ended === null) throw new AppError(ErrorCode.NotFound, 'Ce mandat n’existe plus.')
    const firstDayWithout = nextDay(change.endsOn)
    const effective = firstDayWithout > today ? firstDayWithout : today
    const result = await this.#change(instance, ended, { before, on: effective })
    await this.#audit(actor, AuditAction.InstanceMandateEnded, instance, {
      mandate: ended.id,
      name: ended.name,
      endsOn: change.endsOn,
      ...ruleDetails(result),
    })
    return result
  }

  /** Sets the profile of the CLPE whose plénière is `instanceId`: admins only. */
  async setClpeProfile(
    actor: Actor,
    instanceId: string,
    profile: ClpeProfile,
  ): Promise<InstanceRecord> {
    const instance = await this.getInstance(actor, instanceId)
    assertAllowed(canSetClpeProfile(actor), 'Seule l’équipe régionale fixe le profil d’un CLPE.')
    if (instance.kind !== InstanceKind.PleniereClpe) {
      throw invalid('profile', 'Le profil se fixe sur la plénière d’un CLPE.')
    }
    const updated = await this.#store.instances.updateInstance(instanceId, { clpeProfile: profile })
    if (updated === null) throw new AppError(ErrorCode.NotFound, 'Cette instance n’existe plus.')
    await this.#audit(actor, AuditAction.InstanceClpeProfileSet, instance, {
      clpe: instance.spaceId,
      profile,
      ...(instance.clpeProfile === undefined ? {} : { previous: instance.clpeProfile }),
    })
    return updated
  }

  async #manageable(actor: Actor, instanceId: string): Promise<InstanceRecord> {
    const instance = await this.getInstance(actor, instanceId)
    assertAllowed(
      canManageInstance(actor, instance),
      'Seuls les animateurs de l’espace de cette instance et l’équipe régionale gèrent ses membres.',
    )
    return instance
  }

  /** The CLPE of a CLPE seat and its current profile; checks the space is a CLPE's. */
  async #clpeSeat(
    input: MemberInput,
  ): Promise<Pick<InstanceMember, 'clpeSpaceId' | 'clpeProfile'>> {
    if (input.clpeSpaceId === undefined) return {}
    const spaces = await this.#store.listSpaces()
    const space = spaces.find((found) => found.id === input.clpeSpaceId)
    if (space?.kind !== SpaceKind.Clpe) {
      throw invalid('clpeSpaceId', 'Choisissez un CLPE de la région.')
    }
    const instances = await this.#store.instances.listInstances()
    const profile = instances.find(
      (found) => found.kind === InstanceKind.PleniereClpe && found.spaceId === space.id,
    )?.clpeProfile
    return { clpeSpaceId: space.id, ...(profile === undefined ? {} : { clpeProfile: profile }) }
  }

  async #change(
    instance: InstanceRecord,
    mandate: InstanceMember,
    context: { before: readonly InstanceMember[]; on: string },
  ): Promise<MandateChange> {
    if (instance.kind !== InstanceKind.ComitePilotage)
      return { mandate, rule: null, ruleBroken: false }
    const { directory } = await this.#directory()
    const after = await this.#store.instances.listMandates(instance.id)
    const was = evaluateClpeRule(context.before, context.on, directory)
    const rule = evaluateClpeRule(after, context.on, directory)
    return { mandate, rule, ruleBroken: was.respected && !rule.respected }
  }

  /** Every space's name, by id (for the views). */
  async spaceNames(): Promise<Map<SpaceId, string>> {
    const spaces = await this.#store.listSpaces()
    return new Map(spaces.map((space) => [space.id, space.name]))
  }

  /** Each CLPE's name and current profile (set on its plénière), and every space's name. */
  async #directory(): Promise<{ directory: ClpeDirectory; spaceNames: Map<SpaceId, string> }> {
    const spaceNames = await this.spaceNames()
    const profiles = new Map<SpaceId, ClpeProfile>()
    for (const instance of await this.#store.instances.listInstances()) {
      if (instance.kind === InstanceKind.PleniereClpe && instance.clpeProfile !== undefined) {
        profiles.set(instance.spaceId, instance.clpeProfile)
      }
    }
    const directory: ClpeDirectory = (spaceId) => ({
      name: spaceNames.get(spaceId) ?? spaceId,
      profile: profiles.get(spaceId) ?? null,
    })
    return { directory, spaceNames }
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    instance: InstanceRecord,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target: instance.id,
      details,
    })
  }
}

function invalid(field: string, message: string): AppError {
  return new AppError(
    ErrorCode.ValidationFailed,
    'Certaines informations sont manquantes ou incorrectes : corrigez les champs signalés.',
    { details: { [field]: message } },
  )
}

function ruleDetails(change: MandateChange): Record<string, string> {
  if (change.rule === null) return {}
  return {
    rule: change.rule.code,
    ruleOn: change.rule.onDate,
    ...(change.ruleBroken ? { ruleBroken: 'true' } : {}),
  }
}

/** Mandates running or to come first (by collège, then name), then ended ones (latest end first). */
function sortForPage(mandates: readonly InstanceMember[], today: string): InstanceMember[] {
  const ended = (mandate: InstanceMember) =>
    mandateStatusOn(mandate, today) === MandateStatus.Termine
  return [...mandates].sort((a, b) => {
    if (ended(a) !== ended(b)) return ended(a) ? 1 : -1
    if (ended(a)) return (b.endsOn ?? '').localeCompare(a.endsOn ?? '')
    return a.college.localeCompare(b.college) || a.name.localeCompare(b.name, 'fr')
  })
}

/** The CLPE seats of the comité de pilotage, newest first: its rotation history. */
function rotationOf(mandates: readonly InstanceMember[]): InstanceMember[] {
  return mandates
    .filter((mandate) => mandate.college === College.Clpe)
    .sort(
      (a, b) =>
        b.startsOn.localeCompare(a.startsOn) ||
        (b.endsOn ?? '9999').localeCompare(a.endsOn ?? '9999'),
    )
}
