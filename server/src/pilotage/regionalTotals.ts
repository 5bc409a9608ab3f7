import type { RegionalView } from '@maillage/schema'
import type { PilotageAction } from './PilotageAction.ts'
import { summarizeActions } from './summarizeActions.ts'

/**
 * The head of the regional view: the same counts over every CLPE's actions at once (the mean
 * quality is over all scored actions, not a mean of means), and the distinct supra-territorial
 * subjects (one raised by several CLPE counts once, unlike the sum of the rows).
 */
export function regionalTotals(
  actions: readonly PilotageAction[],
  supraTerritorialSubjects: number,
): RegionalView['totals'] {
  return { ...summarizeActions(actions), supraTerritorialSubjects }
}
