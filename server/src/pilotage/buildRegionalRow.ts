import { territories, type MaturitySnapshot, type RegionalRow } from '@maillage/schema'
import type { Space } from '../persistence/records/Space.ts'
import type { PilotageAction } from './PilotageAction.ts'
import { summarizeActions } from './summarizeActions.ts'

/** What one CLPE's row of the regional view is built from. */
export interface RegionalRowInput {
  readonly space: Space
  /** Its actions, as its dashboard counts them (`spaceActions`). */
  readonly actions: readonly PilotageAction[]
  readonly maturity: MaturitySnapshot | null
  readonly supraTerritorialSubjects: number
}

/** One CLPE side by side with the others: counts only, nothing that identifies a person. */
export function buildRegionalRow(input: RegionalRowInput): RegionalRow {
  return {
    spaceId: input.space.id,
    name: input.space.name,
    departement: departementNameOf(input.space),
    ...summarizeActions(input.actions),
    maturity: input.maturity,
    supraTerritorialSubjects: input.supraTerritorialSubjects,
  }
}

/** The name of the space's département in the territories' referential, or `''`. */
export function departementNameOf(space: Space): string {
  const code = space.territory?.departement
  return territories.departements.find((departement) => departement.code === code)?.name ?? ''
}
