import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { NewDecision } from '../persistence/records/Decision.ts'

/**
 * Where the programme records each of its steps as a decision: the register of decisions
 * (`decisions/DecisionRegister.ts`). `within` is the transaction of the step's own write, so that
 * the step and its decision are made together or not at all.
 */
export interface ProgrammeDecisionRecorder {
  record(input: NewDecision, actor: Actor | null, within?: MetadataStore): Promise<unknown>
}
