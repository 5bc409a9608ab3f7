export {
  evaluateClpeRule,
  ClpeRuleCode,
  MIN_COPIL_CLPE,
  MIN_COPIL_CLPE_PROFILES,
  type ClpeRuleState,
} from './clpeRepresentationRule.ts'
export {
  canManageInstance,
  canReadInstance,
  canSetClpeProfile,
  isClpeInstance,
  type InstanceRef,
} from './instanceAccess.ts'
export {
  InstanceService,
  MAX_MANDATES_PER_INSTANCE,
  MAX_MEMBERS_PER_INSTANCE,
  type InstanceDetail,
  type MandateChange,
} from './InstanceService.ts'
export { isMandateActiveOn, mandateStatusOn, MandateStatus } from './mandateDays.ts'
