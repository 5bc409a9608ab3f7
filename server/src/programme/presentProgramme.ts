import type {
  ProgrammeLineView,
  ProgrammeStepEntryView,
  ProgrammeVersionSummaryView,
  ProgrammeVersionView,
} from '@maillage/protocol'
import type { Actor } from '../auth/Actor.ts'
import {
  canDraftProgramme,
  canMoveProgrammeTo,
  canSendProgrammeBack,
} from '../auth/programmeAccess.ts'
import type { ProgrammeLine } from '../persistence/records/ProgrammeLine.ts'
import {
  ProgrammeStep,
  type ProgrammeStepEntry,
  type ProgrammeVersion,
} from '../persistence/records/ProgrammeVersion.ts'
import { nextProgrammeStep } from './programmeSteps.ts'

/** A line as the API shows it. */
export function presentProgrammeLine(line: ProgrammeLine): ProgrammeLineView {
  return {
    id: line.id,
    lineKey: line.lineKey,
    partner: line.partner,
    kind: line.kind,
    title: line.title,
    description: line.description,
    ...(line.audience === undefined ? {} : { audience: line.audience }),
    ...(line.period === undefined ? {} : { period: line.period }),
    ...(line.clpeSpaceIds === undefined ? {} : { clpeSpaceIds: line.clpeSpaceIds }),
    ...(line.targetClpeCount === undefined ? {} : { targetClpeCount: line.targetClpeCount }),
  }
}

/** A version as listed, with its number of lines. */
export function presentProgrammeVersionSummary(
  version: ProgrammeVersion,
  lineCount: number,
): ProgrammeVersionSummaryView {
  return {
    id: version.id,
    number: version.number,
    title: version.title,
    status: version.status,
    createdAt: version.createdAt,
    ...(version.basedOn === undefined ? {} : { basedOn: version.basedOn }),
    lineCount,
  }
}

/** A version with its lines, history, and what `actor` may do with it now. */
export function presentProgrammeVersion(
  actor: Actor,
  version: ProgrammeVersion,
  lines: readonly ProgrammeLine[],
): ProgrammeVersionView {
  const next = nextProgrammeStep(version.status)
  const drafts = canDraftProgramme(actor)
  return {
    ...presentProgrammeVersionSummary(version, lines.length),
    history: version.history.map(presentStepEntry),
    lines: lines.map(presentProgrammeLine),
    rights: {
      canDraft: drafts,
      ...(next !== null && canMoveProgrammeTo(actor, next) ? { nextStep: next } : {}),
      canSendBack: canSendProgrammeBack(actor, version.status),
      canEditLines: drafts && version.status === ProgrammeStep.Propose,
    },
  }
}

function presentStepEntry(entry: ProgrammeStepEntry): ProgrammeStepEntryView {
  return {
    step: entry.step,
    at: entry.at,
    by: { id: entry.byId, name: entry.byName },
    ...(entry.sentBackFrom === undefined ? {} : { sentBackFrom: entry.sentBackFrom }),
    ...(entry.reason === undefined ? {} : { reason: entry.reason }),
  }
}
