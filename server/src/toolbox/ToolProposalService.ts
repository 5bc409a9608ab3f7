import { randomUUID } from 'node:crypto'
import type { ToolProposalView } from '@maillage/protocol'
import { DocumentKind, OUTIL_RESUME_MAX_LENGTH, REGIONAL_SPACE_IDS } from '@maillage/schema'
import {
  canDecideToolProposals,
  canProposeTool,
  canSeeAllToolProposals,
  canSeeToolProposal,
} from '../auth/accessPolicy.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import { SerialQueues } from '../concurrency/SerialQueues.ts'
import type { KeyedLock } from '../coordination/KeyedLock.ts'
import type { Actor } from '../auth/Actor.ts'
import type { DocumentService } from '../documents/DocumentService.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { NotificationService } from '../notifications/NotificationService.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import {
  ToolProposalStatus,
  type ToolProposal,
  type ToolProposalStep,
} from '../persistence/records/ToolProposal.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { announceProposal } from './announceProposal.ts'
import { canMoveProposal, PROPOSAL_STATUS_LABELS } from './proposalTransitions.ts'
import { toolDecisionOf, type ToolDecisionRecorder } from './ToolDecisionRecorder.ts'
import type { ToolProposalInput, ToolProposalTransitionInput } from './toolProposalInput.ts'

/** Kind of the notifications about a proposal of a tool. */
export const PROPOSAL_NOTIFICATION_KIND = 'proposition-outil'

/** Path of a proposal in the web app. */
export function proposalPath(id: string): string {
  return `/boite-a-outils/propositions/${id}`
}

/**
 * Proposals of new tools: submitted by any member, moved by the comité de pilotage (proposé → en
 * examen → validé or refusé). Each step is dated and attributed in the proposal's history and the
 * audit trail, and notified to the proposer; a validated proposal becomes a fiche outil « nouveau »
 * of the espace régional. Who may see and move what is decided here (`accessPolicy.ts`): someone
 * else's proposal one may not see answers `NOT_FOUND` like a missing one, so ids cannot be probed.
 */
export class ToolProposalService {
  readonly #store: MetadataStore
  readonly #documents: DocumentService
  readonly #notifications: NotificationService
  readonly #timers: Timers
  readonly #decisions: KeyedLock
  readonly #register: ToolDecisionRecorder

  constructor(options: {
    store: MetadataStore
    documents: DocumentService
    notifications: NotificationService
    timers: Timers
    /** The register of decisions, where each validation or refusal is recorded. */
    register: ToolDecisionRecorder
    /** Orders the decisions on one proposal; default: within this process only. */
    locks?: KeyedLock
  }) {
    this.#store = options.store
    this.#register = options.register
    this.#decisions = options.locks ?? new SerialQueues()
    this.#documents = options.documents
    this.#notifications = options.notifications
    this.#timers = options.timers
  }

  /** Records a new proposal of `actor`, status `propose`, and tells the comité de pilotage. */
  async propose(actor: Actor, input: ToolProposalInput): Promise<ToolProposal> {
    assertAllowed(canProposeTool(actor), 'Seuls les membres proposent un outil.')
    const now = isoTime(this.#timers)
    const proposal: ToolProposal = {
      id: randomUUID(),
      ...input,
      consideredTools: input.consideredTools.map((tool) => ({ ...tool })),
      status: ToolProposalStatus.Propose,
      proposedBy: actor.account.id,
      proposedAt: now,
      history: [stepOf(actor, ToolProposalStatus.Propose, now)],
    }
    await this.#store.toolbox.createToolProposal(proposal)
    await this.#store.appendAudit({
      at: now,
      action: AuditAction.ToolProposed,
      actorId: actor.account.id,
      target: proposal.id,
      details: { title: proposal.title },
    })
    await announceProposal(proposal, actor.account.name, {
      store: this.#store,
      notifications: this.#notifications,
      path: proposalPath(proposal.id),
    })
    return proposal
  }

  /**
   * Moves a proposal; throws `CONFLICT` when its status does not allow that move. On `valide`,
   * creates its fiche outil first, so a validated proposal always has one.
   *
   * A decision is atomic: the move is checked against the status stored at the moment of the write
   * that records it, with its step appended to the history as stored then, so of concurrent
   * decisions exactly one wins and no accepted step is lost. Decisions on one proposal also run one
   * at a time (under a lock of the proposal, shared by every process when so configured), so that
   * the losers create no fiche outil; one made by a loser the lock did not hold back (Redis down)
   * is deleted again. A validation or a refusal is recorded in the register of decisions (instance
   * `copil`) in the same transaction as the step, so exactly once.
   */
  async transition(
    actor: Actor,
    proposalId: string,
    input: ToolProposalTransitionInput,
  ): Promise<ToolProposal> {
    const proposal = await this.get(actor, proposalId)
    assertAllowed(
      canDecideToolProposals(actor),
      'Seuls les membres du comité de pilotage examinent et décident des nouveaux outils.',
    )
    return this.#decisions.run(proposal.id, () => this.#decide(actor, proposal.id, input))
  }

  /** The proposals `actor` may see (all for the comité de pilotage, else their own), newest first. */
  async list(actor: Actor): Promise<ToolProposal[]> {
    const all = await this.#store.toolbox.listToolProposals()
    const visible = canSeeAllToolProposals(actor)
      ? all
      : all.filter((proposal) => proposal.proposedBy === actor.account.id)
    return visible.reverse()
  }

  /** One proposal `actor` may see; `NOT_FOUND` for a missing one and someone else's alike. */
  async get(actor: Actor, proposalId: string): Promise<ToolProposal> {
    const proposal = await this.#store.toolbox.findToolProposal(proposalId)
    if (proposal === null || !canSeeToolProposal(actor, proposal)) {
      throw new AppError(ErrorCode.NotFound, 'Cette proposition d’outil n’existe pas.')
    }
    return proposal
  }

  /** The proposal as the actor sees it, with names as they were at each step. */
  present(actor: Actor, proposal: ToolProposal): ToolProposalView {
    const first = proposal.history[0]
    return {
      id: proposal.id,
      title: proposal.title,
      description: proposal.description,
      porteur: proposal.porteur,
      lien: proposal.lien,
      type: proposal.type,
      thematiques: proposal.thematiques,
      consideredTools: proposal.consideredTools,
      status: proposal.status,
      proposedBy: { id: proposal.proposedBy, name: first?.byName ?? '' },
      proposedAt: proposal.proposedAt,
      history: proposal.history.map((entry) => ({
        status: entry.status,
        at: entry.at,
        by: { id: entry.byId, name: entry.byName },
        ...(entry.rationale === undefined ? {} : { rationale: entry.rationale }),
      })),
      ...(proposal.createdToolId === undefined ? {} : { createdToolId: proposal.createdToolId }),
      canDecide: canDecideToolProposals(actor),
    }
  }

  async #decide(
    actor: Actor,
    id: string,
    input: ToolProposalTransitionInput,
  ): Promise<ToolProposal> {
    const to = input.to
    const current = await this.#store.toolbox.findToolProposal(id)
    if (current === null) throw new Error(`proposal ${id} vanished while being moved`)
    // Checked before the fiche outil is created, so that a late decision creates nothing.
    assertCanMove(current.status, to)
    const now = isoTime(this.#timers)
    const rationale =
      input.rationale === undefined || input.rationale === '' ? undefined : input.rationale
    const step: ToolProposalStep = {
      ...stepOf(actor, to, now),
      ...(rationale ? { rationale } : {}),
    }
    const tool = to === ToolProposalStatus.Valide ? await this.#createTool(actor, current) : null
    const createdToolId = tool?.id
    let from: ToolProposalStatus = current.status
    let updated: ToolProposal | null
    try {
      updated = await this.#store.transaction(async (tx) => {
        const changed = await tx.toolbox.changeToolProposal(id, (stored) => {
          assertCanMove(stored.status, to)
          from = stored.status
          return {
            status: to,
            history: [...stored.history, step],
            ...(createdToolId === undefined ? {} : { createdToolId }),
          }
        })
        const decision = changed === null ? null : toolDecisionOf(changed, now)
        if (decision !== null) await this.#register.record(decision, actor, tx)
        return changed
      })
    } catch (error) {
      // Refused inside the write (decided meanwhile by another process): nothing was recorded, so
      // the fiche outil made for this decision must not stay. Any other failure may have been
      // recorded (see MetadataStore: a failed write stays in memory), so the fiche stays then.
      // A decision the register refuses (its instance missing) rolls the transaction back too.
      const refused =
        error instanceof AppError &&
        (error.code === ErrorCode.Conflict || error.code === ErrorCode.ValidationFailed)
      if (refused && tool !== null) await this.#documents.delete(actor, tool)
      throw error
    }
    if (updated === null) throw new Error(`proposal ${id} vanished while being moved`)
    await this.#store.appendAudit({
      at: now,
      action: AuditAction.ToolProposalMoved,
      actorId: actor.account.id,
      target: id,
      details: {
        from,
        to,
        ...(rationale === undefined ? {} : { rationale }),
        ...(createdToolId === undefined ? {} : { createdToolId }),
      },
    })
    await this.#notifications.notify(updated.proposedBy, {
      kind: PROPOSAL_NOTIFICATION_KIND,
      message: messageOf(updated, rationale),
      link: proposalPath(id),
    })
    return updated
  }

  async #createTool(actor: Actor, proposal: ToolProposal): Promise<DocumentRecord> {
    const record = await this.#documents.create(actor, {
      spaceId: REGIONAL_SPACE_IDS.regional,
      kind: DocumentKind.Outil,
      title: proposal.title,
      fields: {
        resume: oneLine(proposal.description),
        porteur: proposal.porteur,
        type: proposal.type,
        thematiques: Object.fromEntries(proposal.thematiques.map((theme) => [theme, true])),
        lien: proposal.lien,
        statut: 'nouveau',
      },
    })
    return record
  }
}

function assertCanMove(from: ToolProposalStatus, to: ToolProposalStatus): void {
  if (canMoveProposal(from, to)) return
  throw new AppError(
    ErrorCode.Conflict,
    `Cette proposition est ${PROPOSAL_STATUS_LABELS[from]} : elle ne peut plus passer ` +
      `à « ${PROPOSAL_STATUS_LABELS[to]} ». Rechargez la page pour voir son état.`,
  )
}

function stepOf(actor: Actor, status: ToolProposalStatus, at: string): ToolProposalStep {
  return { status, at, byId: actor.account.id, byName: actor.account.name }
}

/** The first line of a description, cut to fit the one-line summary of a fiche outil. */
function oneLine(description: string): string {
  const line = description.split('\n')[0]?.trim() ?? ''
  return line.length <= OUTIL_RESUME_MAX_LENGTH
    ? line
    : `${line.slice(0, OUTIL_RESUME_MAX_LENGTH - 1)}…`
}

function messageOf(proposal: ToolProposal, rationale: string | undefined): string {
  const name = `« ${proposal.title} »`
  switch (proposal.status) {
    case ToolProposalStatus.EnExamen:
      return `Votre proposition d’outil ${name} est en examen par le comité de pilotage.`
    case ToolProposalStatus.Valide:
      return `Votre proposition d’outil ${name} a été validée par le comité de pilotage : sa fiche outil est dans la boîte à outils.`
    case ToolProposalStatus.Refuse:
      return `Votre proposition d’outil ${name} a été refusée par le comité de pilotage. Motif : ${rationale ?? ''}`
    case ToolProposalStatus.Propose:
      return `Votre proposition d’outil ${name} a été reçue.`
    default: {
      const unknown: never = proposal.status
      throw new Error(`unknown proposal status ${String(unknown)}`)
    }
  }
}
