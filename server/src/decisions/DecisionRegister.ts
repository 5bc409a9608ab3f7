import { randomUUID } from 'node:crypto'
import type { DecisionListView, DecisionView } from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { MetadataError, MetadataErrorCode } from '../persistence/MetadataError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import {
  DECISION_LIMITS,
  DecisionStatus,
  newDecisionSchema,
  type DecisionRecord,
  type DecisionSubjectKind,
  type NewDecision,
} from '../persistence/records/Decision.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { canFollowUpDecision, canReadDecisionsOf } from './decisionAccess.ts'
import { filterDecisions, type DecisionFilters } from './decisionFilters.ts'
import type { DecisionCreateInput, DecisionFollowUpInput } from './decisionInput.ts'
import type { DecisionInstance, DecisionInstances } from './DecisionInstances.ts'
import { presentDecision } from './presentDecision.ts'

/** The instances of the register, by id, as known when a request starts. */
type InstanceIndex = ReadonlyMap<string, DecisionInstance>

/**
 * The register of decisions: every decision of an instance — of a séance's relevé, of the tool
 * validation workflow, of a step of the programme, or typed in by a manager — with its subject,
 * owner, due date and follow-up. Who reads what: `decisionAccess.ts` (regional instances: every
 * member; a CLPE's instances: its members and admins); a decision one may not read answers
 * `NOT_FOUND` like a missing one. Recording, adding and each follow-up are audited.
 */
export class DecisionRegister {
  readonly #store: MetadataStore
  readonly #instances: DecisionInstances
  readonly #timers: Timers

  constructor(options: { store: MetadataStore; instances: DecisionInstances; timers: Timers }) {
    this.#store = options.store
    this.#instances = options.instances
    this.#timers = options.timers
  }

  /**
   * Records a decision, status « à faire ». For the workflows (séances, tool validation, programme),
   * which checked who may decide; `actor` is who made it happen (null: the server itself). `within`
   * is the transaction of the caller's own write, so that both are made together or not at all.
   * Throws `VALIDATION_FAILED` for an invalid decision or an unknown instance.
   */
  async record(
    input: NewDecision,
    actor: Actor | null,
    within: MetadataStore = this.#store,
  ): Promise<DecisionRecord> {
    const parsed = newDecisionSchema.safeParse(input)
    if (!parsed.success) {
      throw new AppError(
        ErrorCode.ValidationFailed,
        'Cette décision est incomplète ou trop longue.',
      )
    }
    if ((await this.#instances.findInstance(parsed.data.instanceId)) === null) {
      throw new AppError(ErrorCode.ValidationFailed, 'Cette instance n’existe pas.')
    }
    const now = isoTime(this.#timers)
    const decision: DecisionRecord = {
      ...parsed.data,
      id: randomUUID(),
      status: DecisionStatus.AFaire,
      createdAt: now,
      ...(actor === null ? {} : { createdBy: actor.account.id }),
      followUps: [],
    }
    await within.decisions.createDecision(decision)
    await within.appendAudit({
      at: now,
      action: AuditAction.DecisionRecorded,
      ...(actor === null ? {} : { actorId: actor.account.id }),
      target: decision.id,
      details: { instanceId: decision.instanceId, source: decision.source.kind },
    })
    return decision
  }

  /** A decision typed into the register by a manager of its instance (`source: saisie`). */
  async add(actor: Actor, input: DecisionCreateInput): Promise<DecisionRecord> {
    const instance = await this.#instances.findInstance(input.instanceId)
    if (instance === null || !canReadDecisionsOf(actor, instance)) {
      throw new AppError(ErrorCode.NotFound, 'Cette instance n’existe pas.')
    }
    assertAllowed(
      this.#instances.canManageInstance(actor, instance),
      'Seule l’équipe qui anime cette instance ajoute des décisions à son registre.',
    )
    const ownerId = input.owner?.accountId
    if (ownerId !== undefined && (await this.#store.findAccountById(ownerId)) === null) {
      throw new AppError(ErrorCode.ValidationFailed, 'La personne responsable n’a pas de compte.')
    }
    return this.record({ ...input, source: { kind: 'saisie' } }, actor)
  }

  /**
   * Sets a decision's status, with an optional note, appended to its follow-up: by the managers
   * of its instance or its owner. Atomic: concurrent follow-ups are all kept, in order.
   */
  async followUp(actor: Actor, id: string, input: DecisionFollowUpInput): Promise<DecisionRecord> {
    const { decision, instance } = await this.#readable(actor, id)
    assertAllowed(
      canFollowUpDecision(actor, decision, { instance, instances: this.#instances }),
      'Seuls l’équipe qui anime l’instance et le ou la responsable de la décision en font le suivi.',
    )
    const now = isoTime(this.#timers)
    const note = input.note === undefined || input.note === '' ? undefined : input.note
    const step = {
      at: now,
      byId: actor.account.id,
      byName: actor.account.name,
      status: input.status,
      ...(note === undefined ? {} : { note }),
    }
    const changed = await this.#store.decisions.changeDecision(id, (current) => {
      if (current.followUps.length >= DECISION_LIMITS.followUps) {
        throw new AppError(ErrorCode.Conflict, 'Le suivi de cette décision est complet.')
      }
      return { status: input.status, followUps: [...current.followUps, step] }
    })
    if (changed === null) throw new AppError(ErrorCode.NotFound, 'Cette décision n’existe pas.')
    await this.#store.appendAudit({
      at: now,
      action: AuditAction.DecisionFollowedUp,
      actorId: actor.account.id,
      target: id,
      details: { from: decision.status, to: input.status },
    })
    return changed
  }

  /** One decision `actor` may read; `NOT_FOUND` for a missing one and an unreadable one alike. */
  async get(actor: Actor, id: string): Promise<DecisionView> {
    const { decision } = await this.#readable(actor, id)
    return this.present(actor, decision)
  }

  /** One page of the decisions `actor` may read that match `filters`. */
  async listDecisions(actor: Actor, filters: DecisionFilters): Promise<DecisionListView> {
    const { page, pageSize, ...criteria } = filters
    const matching = await this.#filtered(actor, criteria)
    const slice = matching.decisions.slice((page - 1) * pageSize, page * pageSize)
    const instances = [...matching.index.values()]
    const readable = instances.filter((instance) => canReadDecisionsOf(actor, instance))
    return {
      items: await this.#presentAll(actor, slice, matching.index),
      total: matching.decisions.length,
      page,
      pageSize,
      readableInstances: readable.map(({ id, name }) => ({ id, name })),
      manageableInstances: readable
        .filter((instance) => this.#instances.canManageInstance(actor, instance))
        .map(({ id, name }) => ({ id, name })),
    }
  }

  /** Every decision `actor` may read that matches `filters`, for the CSV export. */
  async exportDecisions(
    actor: Actor,
    filters: Omit<DecisionFilters, 'page' | 'pageSize'>,
  ): Promise<DecisionView[]> {
    const matching = await this.#filtered(actor, filters)
    return this.#presentAll(actor, matching.decisions, matching.index)
  }

  /**
   * The decisions `actor` may read about one object, newest first. `outil`: also those of the
   * validation of proposal `subjectId`; `document`: also those about its versions.
   */
  async decisionsAbout(
    actor: Actor,
    subjectKind: DecisionSubjectKind,
    subjectId: string,
  ): Promise<DecisionView[]> {
    const matching = await this.#filtered(actor, {})
    const about = matching.decisions.filter((decision) => {
      const subject = decision.subject
      if (subject?.kind === subjectKind && subject.id === subjectId) return true
      if (subjectKind === 'outil') {
        return (
          decision.source.kind === 'validation-outil' && decision.source.proposalId === subjectId
        )
      }
      return (
        subjectKind === 'document' &&
        subject?.kind === 'version' &&
        subject.id.startsWith(`${subjectId}:`)
      )
    })
    return this.#presentAll(actor, about, matching.index)
  }

  /** A decision as `actor` sees it. */
  async present(actor: Actor, decision: DecisionRecord): Promise<DecisionView> {
    return (await this.#presentAll(actor, [decision], await this.#index()))[0] as DecisionView
  }

  async #filtered(
    actor: Actor,
    filters: Omit<DecisionFilters, 'page' | 'pageSize'>,
  ): Promise<{ decisions: DecisionRecord[]; index: InstanceIndex }> {
    const index = await this.#index()
    const all = await this.#store.decisions.listDecisions()
    const readable = all.filter((decision) => {
      const instance = index.get(decision.instanceId)
      return instance !== undefined && canReadDecisionsOf(actor, instance)
    })
    return { decisions: filterDecisions(readable, filters, this.#today()), index }
  }

  async #readable(
    actor: Actor,
    id: string,
  ): Promise<{ decision: DecisionRecord; instance: DecisionInstance }> {
    const decision = await this.#store.decisions.findDecision(id)
    const instance =
      decision === null ? null : await this.#instances.findInstance(decision.instanceId)
    if (decision === null || instance === null || !canReadDecisionsOf(actor, instance)) {
      throw new AppError(ErrorCode.NotFound, 'Cette décision n’existe pas.')
    }
    return { decision, instance }
  }

  async #index(): Promise<InstanceIndex> {
    const instances = await this.#instances.listAllInstances()
    return new Map(instances.map((instance) => [instance.id, instance]))
  }

  #today(): string {
    return isoTime(this.#timers).slice(0, 10)
  }

  #presentAll(
    actor: Actor,
    decisions: readonly DecisionRecord[],
    index: InstanceIndex,
  ): Promise<DecisionView[]> {
    const today = this.#today()
    return Promise.all(
      decisions.map((decision) => {
        const instance = index.get(decision.instanceId)
        if (instance === undefined) {
          throw new MetadataError(
            MetadataErrorCode.Corrupted,
            `decision ${decision.id} names instance ${decision.instanceId}, which does not exist`,
          )
        }
        return presentDecision(decision, {
          instanceName: instance.name,
          today,
          store: this.#store,
          canFollowUp: canFollowUpDecision(actor, decision, {
            instance,
            instances: this.#instances,
          }),
        })
      }),
    )
  }
}
