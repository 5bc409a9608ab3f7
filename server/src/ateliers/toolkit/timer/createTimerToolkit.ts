import { AccountRateLimit } from '../../../auth/AccountRateLimit.ts'
import type { Coordination } from '../../../coordination/Coordination.ts'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { Timers } from '../../../time/Timers.ts'
import { AtelierTimerService } from './AtelierTimerService.ts'
import { RaisedHandsService } from './RaisedHandsService.ts'
import { ReactionService } from './ReactionService.ts'
import { TIMER_MESSAGES } from './timerMessages.ts'

/**
 * Reactions one account may send: 5 within 5 s — a burst of 5, then one a second on average, more
 * than a person clicks and little enough that 150 people cannot flood the session.
 */
export const REACTIONS_PER_WINDOW = 5
/** The window of {@link REACTIONS_PER_WINDOW}. */
export const REACTION_WINDOW_MS = 5000

/** The timer, raised hands and reactions of the ateliers' live sessions. */
export interface TimerToolkit {
  readonly timer: AtelierTimerService
  readonly hands: RaisedHandsService
  readonly reactions: ReactionService
}

/**
 * Builds the {@link TimerToolkit} once, in the composition root: moves of one atelier's timer and
 * hands run one at a time in every process (locks `atelier-timer`), reactions are counted per
 * account in every process (windows `atelier-reactions`).
 */
export function createTimerToolkit(options: {
  store: MetadataStore
  content: DocumentContent
  timers: Timers
  coordination: Pick<Coordination, 'locks' | 'windows'>
}): TimerToolkit {
  const { store, content, timers, coordination } = options
  const locks = coordination.locks('atelier-timer')
  return {
    timer: new AtelierTimerService({ store, content, timers, locks }),
    hands: new RaisedHandsService({ store, content, timers, locks }),
    reactions: new ReactionService({
      store,
      content,
      timers,
      rateLimit: new AccountRateLimit({
        limits: { perAccount: REACTIONS_PER_WINDOW, windowMs: REACTION_WINDOW_MS },
        timers,
        tooFast: TIMER_MESSAGES.reactingTooFast,
        windows: coordination.windows('atelier-reactions'),
      }),
    }),
  }
}
