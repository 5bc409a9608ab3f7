import type * as Y from 'yjs'
import type {
  AtelierPollLiveView,
  AtelierPollResultsView,
  AtelierWordCloudLiveView,
} from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import type { AtelierPoll } from '../../../persistence/records/AtelierPoll.ts'
import type { CountedWord } from './wordCloud/tallyWords.ts'

/** Most words of a cloud written into the Y.Doc (the most frequent): a cloud stays readable. */
export const MAX_LIVE_WORDS = 100

/**
 * What every participant sees of a launched poll: the question, the options (without the right
 * answers), the state and the NUMBER of answers; the results (with the right answers and, for a
 * named poll, the names) only once revealed. Null for a poll never launched: it is not shown.
 */
export function livePollView(
  poll: AtelierPoll,
  results: AtelierPollResultsView,
): AtelierPollLiveView | null {
  if (poll.state === 'draft' || poll.launchedAt === undefined) return null
  return {
    id: poll.id,
    kind: poll.kind === 'word-cloud' ? 'open' : poll.kind,
    question: poll.question,
    options: poll.options.map((option) => ({ id: option.id, label: option.label })),
    anonymous: poll.anonymous,
    state: poll.state,
    launchedAt: poll.launchedAt,
    answerCount: results.answerCount,
    revealed: poll.revealed,
    ...(poll.revealed ? { results } : {}),
  }
}

/** What every participant sees of a word cloud: its prompt, state and counted words, no name. */
export function liveCloudView(
  cloud: AtelierPoll,
  words: readonly CountedWord[],
  submissionCount: number,
): AtelierWordCloudLiveView | null {
  if (cloud.state === 'draft' || cloud.launchedAt === undefined) return null
  return {
    id: cloud.id,
    prompt: cloud.question,
    state: cloud.state,
    launchedAt: cloud.launchedAt,
    submissionCount,
    words: words.slice(0, MAX_LIVE_WORDS).map(({ key, word, count }) => ({ key, word, count })),
  }
}

/** Writes (or, for null, removes) a poll's entry of the `polls` root. */
export function writeLivePoll(doc: Y.Doc, id: string, view: AtelierPollLiveView | null): void {
  const polls = doc.getMap<unknown>(DocumentRoot.Polls)
  if (view === null) polls.delete(id)
  else polls.set(id, view)
}

/** Writes (or, for null, removes) a cloud's entry of the `wordClouds` root. */
export function writeLiveCloud(
  doc: Y.Doc,
  id: string,
  view: AtelierWordCloudLiveView | null,
): void {
  const clouds = doc.getMap<unknown>(DocumentRoot.WordClouds)
  if (view === null) clouds.delete(id)
  else clouds.set(id, view)
}
