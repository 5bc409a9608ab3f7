import type { Actor } from '../auth/Actor.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { NewDecision } from '../persistence/records/Decision.ts'

/**
 * Where a closed séance's decisions go: the register's `DecisionRegister.record`, which writes
 * through `within` (the closing transaction) so that the decisions and the closed séance are
 * stored together or not at all.
 */
export interface MeetingDecisions {
  record(input: NewDecision, actor: Actor | null, within?: MetadataStore): Promise<{ id: string }>
}
