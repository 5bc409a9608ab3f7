import { PROGRAMME_STEPS, ProgrammeStep } from '../persistence/records/ProgrammeVersion.ts'

/** The step after `step`, or null for the last one (présenté aux CLPE). */
export function nextProgrammeStep(step: ProgrammeStep): ProgrammeStep | null {
  const index = PROGRAMME_STEPS.indexOf(step)
  return PROGRAMME_STEPS[index + 1] ?? null
}

/**
 * The instance whose decision each step is, as recorded in the register of decisions: the comité
 * de pilotage validates, the bureau du CoRE validates, the offer is presented to the CLPE in the
 * enlarged comité des territoires.
 */
export const PROGRAMME_STEP_INSTANCES: Readonly<Record<Exclude<ProgrammeStep, 'propose'>, string>> =
  {
    'valide-copil': 'copil',
    'valide-bureau-core': 'bureau-core',
    'presente-clpe': 'comite-territoires-elargi',
  }

/** The French label of each step, as the stepper shows it. */
export const PROGRAMME_STEP_LABELS: Readonly<Record<ProgrammeStep, string>> = {
  [ProgrammeStep.Propose]: 'Proposé',
  [ProgrammeStep.ValideCopil]: 'Validé en COPIL',
  [ProgrammeStep.ValideBureauCore]: 'Validé par le bureau du CoRE',
  [ProgrammeStep.PresenteClpe]: 'Présenté aux CLPE',
}

/** Who moves a version to each step, in the messages of a refusal. */
export const PROGRAMME_STEP_DECIDERS: Readonly<Record<ProgrammeStep, string>> = {
  [ProgrammeStep.Propose]: 'L’équipe régionale propose le programme.',
  [ProgrammeStep.ValideCopil]:
    'Seuls les contributeurs et animateurs du comité de pilotage valident le programme en COPIL.',
  [ProgrammeStep.ValideBureauCore]:
    'Seuls les animateurs de l’espace du CoRE valident le programme au nom de son bureau.',
  [ProgrammeStep.PresenteClpe]: 'Seule l’équipe régionale présente le programme aux CLPE.',
}
