export { DecisionRegister } from './DecisionRegister.ts'
export { canFollowUpDecision, canReadDecisionsOf } from './decisionAccess.ts'
export {
  decisionFiltersSchema,
  MAX_DECISION_PAGE_SIZE,
  type DecisionFilters,
} from './decisionFilters.ts'
export {
  decisionCreateSchema,
  decisionFollowUpSchema,
  type DecisionCreateInput,
  type DecisionFollowUpInput,
} from './decisionInput.ts'
export type { DecisionInstance, DecisionInstances } from './DecisionInstances.ts'
