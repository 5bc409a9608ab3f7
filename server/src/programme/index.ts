export { createProgrammeServices } from './createProgrammeServices.ts'
export type { ProgrammeServices } from './createProgrammeServices.ts'
export type { ProgrammeDecisionRecorder } from './ProgrammeDecisionRecorder.ts'
export { ProgrammeFollowUpService } from './ProgrammeFollowUpService.ts'
export { ProgrammeService } from './ProgrammeService.ts'
export {
  programmeComparisonParamsSchema,
  programmeLineBodySchema,
  programmeLinkBodySchema,
  programmeSendBackSchema,
  programmeStepSchema,
  programmeTargetParamsSchema,
  programmeVersionCreateSchema,
} from './programmeInput.ts'
