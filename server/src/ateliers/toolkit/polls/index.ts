export { AtelierPollService, MAX_POLLS_PER_ATELIER } from './AtelierPollService.ts'
export { compteRenduPollsSection, type PollsCompteRenduSources } from './compteRenduPollsSection.ts'
export {
  createPollsToolkit,
  LIVE_POLL_INTERVAL_MS,
  type PollsToolkit,
} from './createPollsToolkit.ts'
export {
  pollActionSchema,
  pollAnswerSchema,
  pollCreateSchema,
  pollPatchSchema,
  wordCloudActionSchema,
  wordCloudCreateSchema,
  wordModerationSchema,
  wordsSchema,
} from './pollInput.ts'
export { normaliseWord } from './wordCloud/normaliseWord.ts'
export { MAX_CLOUDS_PER_ATELIER, WordCloudService } from './wordCloud/WordCloudService.ts'
