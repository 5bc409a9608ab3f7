import type { Logger } from 'pino'
import type { DocumentContent } from '../../../documents/DocumentContent.ts'
import type { MetadataStore } from '../../../persistence/MetadataStore.ts'
import type { Timers } from '../../../time/Timers.ts'
import { AtelierPollService } from './AtelierPollService.ts'
import { CoalescedRefresh } from './CoalescedRefresh.ts'
import type { PollsCompteRenduSources } from './compteRenduPollsSection.ts'
import { WordCloudService } from './wordCloud/WordCloudService.ts'

/**
 * At most one write of a poll's (or cloud's) live view into the Y.Doc per this delay: 150 answers
 * within a second make about seven broadcasts; a lone answer is written at once.
 */
export const LIVE_POLL_INTERVAL_MS = 150

/** The polls and word clouds of the ateliers' live sessions, built once by `createServices`. */
export interface PollsToolkit {
  readonly polls: AtelierPollService
  readonly clouds: WordCloudService
  /** What the compte rendu says of an atelier's polls and clouds (`compteRenduPollsSection`). */
  compteRenduSources(atelierId: string): Promise<PollsCompteRenduSources>
  /** Drops the scheduled writes of the live views and waits for those under way. */
  stop(): Promise<void>
}

export function createPollsToolkit(options: {
  store: MetadataStore
  content: DocumentContent
  timers: Timers
  logger: Logger
  /** Default {@link LIVE_POLL_INTERVAL_MS}. */
  intervalMs?: number
}): PollsToolkit {
  const refresh = new CoalescedRefresh({
    timers: options.timers,
    logger: options.logger,
    intervalMs: options.intervalMs ?? LIVE_POLL_INTERVAL_MS,
  })
  const parts = { ...options, refresh }
  const polls = new AtelierPollService(parts)
  const clouds = new WordCloudService(parts)
  return {
    polls,
    clouds,
    compteRenduSources: async (atelierId) => ({
      polls: await polls.resultsForCompteRendu(atelierId),
      clouds: await clouds.wordsForCompteRendu(atelierId),
    }),
    stop: () => refresh.stop(),
  }
}
