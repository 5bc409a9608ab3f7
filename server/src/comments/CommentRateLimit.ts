import { AccountRateLimit, type AccountRateLimits } from '../auth/AccountRateLimit.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import type { Timers } from '../time/Timers.ts'
import { COMMENT_MESSAGES } from './commentMessages.ts'

/** Default limits: 30 comments (new threads and replies) per account per minute, over all documents. */
export const DEFAULT_COMMENT_RATE_LIMITS: AccountRateLimits = {
  perAccount: 30,
  windowMs: 60 * 1000,
}

/**
 * Counts the comments each account posts over a sliding window, so that one account cannot flood
 * the documents (and the notifications of the people it mentions); `admit` rejects with
 * `RATE_LIMITED` and a French message. `windows`: where the counts live (shared by every process
 * when configured so).
 */
export class CommentRateLimit extends AccountRateLimit {
  constructor(limits: AccountRateLimits, timers: Timers, windows: EventWindows) {
    super({ limits, timers, tooFast: COMMENT_MESSAGES.commentingTooFast, windows })
  }
}
