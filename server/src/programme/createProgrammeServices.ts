import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Timers } from '../time/Timers.ts'
import { ProgrammeFollowUpService } from './ProgrammeFollowUpService.ts'
import type { ProgrammeDecisionRecorder } from './ProgrammeDecisionRecorder.ts'
import { ProgrammeService } from './ProgrammeService.ts'

/** The services of the programme d'accompagnement. */
export interface ProgrammeServices {
  /** Versions, lines, validation steps and comparison. */
  readonly versions: ProgrammeService
  /** Links of what carries the lines out, and their suivi. */
  readonly followUp: ProgrammeFollowUpService
}

/** Builds the programme's services; `decisions` is the register its steps are recorded in. */
export function createProgrammeServices(options: {
  store: MetadataStore
  timers: Timers
  decisions: ProgrammeDecisionRecorder
}): ProgrammeServices {
  return {
    versions: new ProgrammeService(options),
    followUp: new ProgrammeFollowUpService({ store: options.store, timers: options.timers }),
  }
}
