import { randomUUID } from 'node:crypto'
import type {
  ProgrammeComparisonView,
  ProgrammeOverviewView,
  ProgrammeVersionView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import { assertAllowed } from '../auth/assertAllowed.ts'
import {
  canDraftProgramme,
  canMoveProgrammeTo,
  canReadProgramme,
  canSendProgrammeBack,
} from '../auth/programmeAccess.ts'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import { MetadataError, MetadataErrorCode } from '../persistence/MetadataError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { AuditAction } from '../persistence/records/AuditEntry.ts'
import { PROGRAMME_LINE_LIMITS, type ProgrammeLine } from '../persistence/records/ProgrammeLine.ts'
import {
  ProgrammeStep,
  type ProgrammeStepEntry,
  type ProgrammeVersion,
} from '../persistence/records/ProgrammeVersion.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import { compareProgrammeVersions } from './compareProgrammeVersions.ts'
import {
  presentProgrammeLine,
  presentProgrammeVersion,
  presentProgrammeVersionSummary,
} from './presentProgramme.ts'
import type { ProgrammeDecisionRecorder } from './ProgrammeDecisionRecorder.ts'
import type { ProgrammeLineInput } from './programmeInput.ts'
import { recordProgrammeDecision } from './recordProgrammeDecision.ts'
import {
  nextProgrammeStep,
  PROGRAMME_STEP_DECIDERS,
  PROGRAMME_STEP_LABELS,
} from './programmeSteps.ts'

const NOT_FOUND = 'Cette version du programme n’existe pas.'
const LINE_NOT_FOUND = 'Cette ligne du programme n’existe pas.'
const DRAFTERS = 'Seule l’équipe régionale rédige le programme d’accompagnement.'

/**
 * The programme d'accompagnement: its versions (each a whole set of lines, a new one copying the
 * latest), the editing of lines while a version is « proposé », its validation steps one at a time
 * (each audited and recorded as a decision of the instance that made it), the sending back to
 * « proposé » with a reason, and the comparison of two versions. Who may do what:
 * `auth/programmeAccess.ts`.
 */
export class ProgrammeService {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #decisions: ProgrammeDecisionRecorder

  constructor(options: {
    store: MetadataStore
    timers: Timers
    decisions: ProgrammeDecisionRecorder
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#decisions = options.decisions
  }

  /** The versions and the latest one with its lines. */
  async overview(actor: Actor): Promise<ProgrammeOverviewView> {
    assertReader(actor)
    const versions = await this.#store.programme.listVersions()
    const summaries = await Promise.all(
      versions.map(async (version) =>
        presentProgrammeVersionSummary(
          version,
          (await this.#store.programme.listLines(version.id)).length,
        ),
      ),
    )
    const latest = versions.at(-1)
    return {
      versions: summaries,
      current: latest === undefined ? null : await this.#present(actor, latest),
      canCreateVersion:
        canDraftProgramme(actor) &&
        (latest === undefined || latest.status !== ProgrammeStep.Propose),
    }
  }

  /** One version with its lines; `NOT_FOUND` when there is none. */
  async version(actor: Actor, id: string): Promise<ProgrammeVersionView> {
    assertReader(actor)
    return this.#present(actor, await this.#find(id))
  }

  /**
   * Creates the next version, « proposé », as a copy of the latest one's lines (their keys kept).
   * Only one version is drafted at a time: `PROGRAMME_DRAFT_EXISTS` while the latest is
   * « proposé » (edit it instead). Two creations at once: one wins, the other is `CONFLICT`.
   */
  async createVersion(actor: Actor, input: { title: string }): Promise<ProgrammeVersionView> {
    assertAllowed(canDraftProgramme(actor), DRAFTERS)
    const latest = (await this.#store.programme.listVersions()).at(-1)
    if (latest?.status === ProgrammeStep.Propose) {
      throw new AppError(
        ErrorCode.ProgrammeDraftExists,
        `La version ${latest.number} est encore proposée : modifiez-la plutôt que d’en créer une autre.`,
      )
    }
    const now = isoTime(this.#timers)
    const version: ProgrammeVersion = {
      id: randomUUID(),
      number: (latest?.number ?? 0) + 1,
      title: input.title,
      status: ProgrammeStep.Propose,
      createdAt: now,
      createdBy: actor.account.id,
      ...(latest === undefined ? {} : { basedOn: latest.id }),
      history: [entryOf(actor, ProgrammeStep.Propose, now)],
    }
    const copied = latest === undefined ? [] : await this.#store.programme.listLines(latest.id)
    const lines = copied.map((line) => ({ ...line, id: randomUUID(), versionId: version.id }))
    try {
      await this.#store.programme.createVersion(version, lines)
    } catch (error) {
      if (!isConflict(error)) throw error
      throw new AppError(
        ErrorCode.Conflict,
        'Une autre version vient d’être créée en même temps : rechargez la page.',
      )
    }
    await this.#audit(actor, AuditAction.ProgrammeVersionCreated, version.id, {
      number: String(version.number),
    })
    return this.#present(actor, version)
  }

  /** Adds a line at the end of a version « proposé » (at most 300 lines a version). */
  async addLine(
    actor: Actor,
    versionId: string,
    input: ProgrammeLineInput,
  ): Promise<ProgrammeVersionView> {
    assertAllowed(canDraftProgramme(actor), DRAFTERS)
    const version = await this.#find(versionId)
    const lines = await this.#store.programme.listLines(version.id)
    const line: ProgrammeLine = {
      ...withoutEmpty(input),
      id: randomUUID(),
      versionId: version.id,
      lineKey: randomUUID(),
      position: (lines.at(-1)?.position ?? -1) + 1,
    }
    await this.#store.programme.putLine(line, (stored, count) => {
      assertEditable(stored)
      if (count >= PROGRAMME_LINE_LIMITS.linesPerVersion) {
        throw new AppError(
          ErrorCode.ProgrammeTooManyLines,
          `Une version compte au plus ${PROGRAMME_LINE_LIMITS.linesPerVersion} lignes.`,
        )
      }
    })
    await this.#audit(actor, AuditAction.ProgrammeLineSaved, line.id, { versionId: version.id })
    return this.version(actor, version.id)
  }

  /** Changes a line of a version « proposé » (its key and position kept). */
  async editLine(
    actor: Actor,
    lineId: string,
    input: ProgrammeLineInput,
  ): Promise<ProgrammeVersionView> {
    assertAllowed(canDraftProgramme(actor), DRAFTERS)
    const current = await this.#findLine(lineId)
    const line: ProgrammeLine = {
      ...withoutEmpty(input),
      id: current.id,
      versionId: current.versionId,
      lineKey: current.lineKey,
      position: current.position,
    }
    await this.#store.programme.putLine(line, (stored) => {
      assertEditable(stored)
    })
    await this.#audit(actor, AuditAction.ProgrammeLineSaved, line.id, {
      versionId: line.versionId,
    })
    return this.version(actor, line.versionId)
  }

  /** Removes a line of a version « proposé ». */
  async deleteLine(actor: Actor, lineId: string): Promise<ProgrammeVersionView> {
    assertAllowed(canDraftProgramme(actor), DRAFTERS)
    const line = await this.#findLine(lineId)
    await this.#store.programme.deleteLine(line.id, (stored) => {
      assertEditable(stored)
    })
    await this.#audit(actor, AuditAction.ProgrammeLineDeleted, line.id, {
      versionId: line.versionId,
    })
    return this.version(actor, line.versionId)
  }

  /**
   * Moves a version to `to`, which must be the step right after the one stored at the moment of
   * the write (compare-and-set in the store): of concurrent moves exactly one succeeds, the others
   * are `PROGRAMME_STEP_REFUSED`. The step, its audit entry and its decision (instance of the
   * step) are written in one transaction.
   */
  async moveStep(
    actor: Actor,
    versionId: string,
    to: ProgrammeStep,
  ): Promise<ProgrammeVersionView> {
    assertReader(actor)
    const version = await this.#find(versionId)
    assertAllowed(canMoveProgrammeTo(actor, to), PROGRAMME_STEP_DECIDERS[to])
    const now = isoTime(this.#timers)
    const moved = await this.#store.transaction(async (tx) => {
      const stored = await tx.programme.changeVersion(version.id, (current) => {
        if (nextProgrammeStep(current.status) !== to) throw stepRefused(current, to)
        return { status: to, history: [...current.history, entryOf(actor, to, now)] }
      })
      if (stored === null) throw new AppError(ErrorCode.NotFound, NOT_FOUND)
      await tx.appendAudit({
        at: now,
        action: AuditAction.ProgrammeStepMoved,
        actorId: actor.account.id,
        target: stored.id,
        details: { number: String(stored.number), step: to },
      })
      await recordProgrammeDecision(this.#decisions, { version: stored, step: to, actor, now, tx })
      return stored
    })
    return this.#present(actor, moved)
  }

  /**
   * Sends a version back to « proposé » with a reason: the instance that would validate it next
   * declines (`canSendProgrammeBack`). Atomic like {@link moveStep}; audited and recorded as a
   * decision of that instance.
   */
  async sendBack(actor: Actor, versionId: string, reason: string): Promise<ProgrammeVersionView> {
    assertReader(actor)
    const version = await this.#find(versionId)
    assertAllowed(
      canSendProgrammeBack(actor, version.status),
      'Seule l’instance qui doit valider cette étape renvoie le programme à l’équipe régionale.',
    )
    const now = isoTime(this.#timers)
    const sent = await this.#store.transaction(async (tx) => {
      const stored = await tx.programme.changeVersion(version.id, (current) => {
        if (current.status !== version.status) throw stepRefused(current, ProgrammeStep.Propose)
        const entry = {
          ...entryOf(actor, ProgrammeStep.Propose, now),
          sentBackFrom: current.status,
          reason,
        }
        return { status: ProgrammeStep.Propose, history: [...current.history, entry] }
      })
      if (stored === null) throw new AppError(ErrorCode.NotFound, NOT_FOUND)
      await tx.appendAudit({
        at: now,
        action: AuditAction.ProgrammeSentBack,
        actorId: actor.account.id,
        target: stored.id,
        details: { number: String(stored.number), from: version.status },
      })
      await recordProgrammeDecision(this.#decisions, {
        version: stored,
        step: ProgrammeStep.Propose,
        sentBackFrom: version.status,
        reason,
        actor,
        now,
        tx,
      })
      return stored
    })
    return this.#present(actor, sent)
  }

  /** The lines added, removed and changed from version `fromId` to version `toId`. */
  async compare(actor: Actor, fromId: string, toId: string): Promise<ProgrammeComparisonView> {
    assertReader(actor)
    const [from, to] = await Promise.all([this.#find(fromId), this.#find(toId)])
    const [fromLines, toLines] = await Promise.all([
      this.#store.programme.listLines(from.id),
      this.#store.programme.listLines(to.id),
    ])
    const diff = compareProgrammeVersions(fromLines, toLines)
    return {
      from: presentProgrammeVersionSummary(from, fromLines.length),
      to: presentProgrammeVersionSummary(to, toLines.length),
      added: diff.added.map(presentProgrammeLine),
      removed: diff.removed.map(presentProgrammeLine),
      changed: diff.changed.map((change) => ({
        before: presentProgrammeLine(change.before),
        after: presentProgrammeLine(change.after),
        fields: change.fields,
      })),
    }
  }

  async #present(actor: Actor, version: ProgrammeVersion): Promise<ProgrammeVersionView> {
    return presentProgrammeVersion(
      actor,
      version,
      await this.#store.programme.listLines(version.id),
    )
  }

  async #find(id: string): Promise<ProgrammeVersion> {
    const version = await this.#store.programme.findVersion(id)
    if (version === null) throw new AppError(ErrorCode.NotFound, NOT_FOUND)
    return version
  }

  async #findLine(id: string): Promise<ProgrammeLine> {
    const line = await this.#store.programme.findLine(id)
    if (line === null) throw new AppError(ErrorCode.NotFound, LINE_NOT_FOUND)
    return line
  }

  async #audit(
    actor: Actor,
    action: AuditAction,
    target: string,
    details: Record<string, string>,
  ): Promise<void> {
    await this.#store.appendAudit({
      at: isoTime(this.#timers),
      action,
      actorId: actor.account.id,
      target,
      details,
    })
  }
}

function assertReader(actor: Actor): void {
  assertAllowed(canReadProgramme(actor), 'Connectez-vous pour lire le programme d’accompagnement.')
}

/** Refuses a change of lines unless the version exists and is « proposé ». */
function assertEditable(version: ProgrammeVersion | null): void {
  if (version === null) throw new AppError(ErrorCode.NotFound, NOT_FOUND)
  if (version.status !== ProgrammeStep.Propose) {
    throw new AppError(
      ErrorCode.ProgrammeVersionLocked,
      `La version ${version.number} est « ${PROGRAMME_STEP_LABELS[version.status]} » : ses lignes ne ` +
        'se modifient plus. Créez une nouvelle version pour la faire évoluer.',
    )
  }
}

function stepRefused(current: ProgrammeVersion, to: ProgrammeStep): AppError {
  return new AppError(
    ErrorCode.ProgrammeStepRefused,
    `La version ${current.number} est « ${PROGRAMME_STEP_LABELS[current.status]} » : elle ne peut ` +
      `pas passer à « ${PROGRAMME_STEP_LABELS[to]} » maintenant. Rechargez la page.`,
  )
}

function entryOf(actor: Actor, step: ProgrammeStep, at: string): ProgrammeStepEntry {
  return { step, at, byId: actor.account.id, byName: actor.account.name }
}

/** The line's fields without the optional ones left empty. */
function withoutEmpty(
  input: ProgrammeLineInput,
): Omit<ProgrammeLine, 'id' | 'versionId' | 'lineKey' | 'position'> {
  return {
    partner: input.partner,
    kind: input.kind,
    title: input.title,
    description: input.description,
    ...(input.audience === undefined ? {} : { audience: input.audience }),
    ...(input.period === undefined ? {} : { period: input.period }),
    ...(input.clpeSpaceIds === undefined ? {} : { clpeSpaceIds: input.clpeSpaceIds }),
    ...(input.targetClpeCount === undefined ? {} : { targetClpeCount: input.targetClpeCount }),
  }
}

function isConflict(error: unknown): boolean {
  return error instanceof MetadataError && error.code === MetadataErrorCode.Conflict
}
