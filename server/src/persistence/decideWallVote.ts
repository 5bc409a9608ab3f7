import type { WallVoteChange } from './AtelierWallRecords.ts'
import type { AtelierWallVote } from './records/AtelierWallVote.ts'

/** What a dot placed or taken back makes of one participant's dots. */
export interface WallVoteDecision {
  readonly accepted: boolean
  /** The participant's dots on the note, after (0: no record). */
  readonly count: number
  /** The participant's dots on the whole wall, after. */
  readonly spent: number
}

/**
 * Decides a {@link WallVoteChange} from the participant's dots on the atelier's wall (`mine`): a
 * dot is placed while they have spent less than the budget, taken back while they have one on
 * the note. Both stores call it inside their atomic step.
 */
export function decideWallVote(
  mine: readonly AtelierWallVote[],
  change: WallVoteChange,
): WallVoteDecision {
  const spent = mine.reduce((sum, vote) => sum + vote.count, 0)
  const current = mine.find((vote) => vote.noteId === change.noteId)?.count ?? 0
  const accepted = change.delta === 1 ? spent < change.budget : current > 0
  if (!accepted) return { accepted, count: current, spent }
  return { accepted, count: current + change.delta, spent: spent + change.delta }
}
