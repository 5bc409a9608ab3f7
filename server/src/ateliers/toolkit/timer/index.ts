export {
  createTimerToolkit,
  REACTIONS_PER_WINDOW,
  REACTION_WINDOW_MS,
} from './createTimerToolkit.ts'
export type { TimerToolkit } from './createTimerToolkit.ts'
export { AtelierTimerService } from './AtelierTimerService.ts'
export { RaisedHandsService } from './RaisedHandsService.ts'
export { ReactionService } from './ReactionService.ts'
export { atelierFloorSchema, atelierReactionSchema, atelierTimerSchema } from './timerInput.ts'
