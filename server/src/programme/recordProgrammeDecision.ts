import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { ProgrammeStep, type ProgrammeVersion } from '../persistence/records/ProgrammeVersion.ts'
import type { ProgrammeDecisionRecorder } from './ProgrammeDecisionRecorder.ts'
import { PROGRAMME_STEP_INSTANCES, PROGRAMME_STEP_LABELS } from './programmeSteps.ts'

/**
 * Records a step of a version as a decision of the instance that made it, in the transaction
 * `tx` of the step: a validation or presentation (instance of the step), or a sending back to
 * « proposé » (the instance that declined to validate `sentBackFrom`'s next step).
 */
export async function recordProgrammeDecision(
  decisions: ProgrammeDecisionRecorder,
  move: {
    version: ProgrammeVersion
    step: ProgrammeStep
    sentBackFrom?: ProgrammeStep
    reason?: string
    actor: Actor
    now: string
    tx: MetadataStore
  },
): Promise<void> {
  const { version, step, actor, now, tx } = move
  const about = `Programme d’accompagnement, version ${version.number} « ${version.title} »`
  const declined =
    move.sentBackFrom === ProgrammeStep.ValideCopil ? 'valide-bureau-core' : 'valide-copil'
  const instanceId =
    step === ProgrammeStep.Propose
      ? PROGRAMME_STEP_INSTANCES[declined]
      : PROGRAMME_STEP_INSTANCES[step]
  const text =
    step === ProgrammeStep.Propose
      ? `${about} : renvoyé à l’équipe régionale. Motif : ${move.reason ?? ''}`
      : `${about} : ${PROGRAMME_STEP_LABELS[step].toLowerCase()}.`
  await decisions.record(
    {
      instanceId,
      decidedOn: now.slice(0, 10),
      text,
      subject: {
        kind: 'programme',
        id: version.id,
        label: `Programme d’accompagnement — version ${version.number}`,
      },
      source: { kind: 'programme', versionId: version.id, step },
    },
    actor,
    tx,
  )
}
