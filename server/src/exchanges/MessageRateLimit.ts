import { AccountRateLimit, type AccountRateLimits } from '../auth/AccountRateLimit.ts'
import type { EventWindows } from '../coordination/EventWindows.ts'
import type { Timers } from '../time/Timers.ts'
import { EXCHANGE_MESSAGES } from './exchangeMessages.ts'

/** Limits of a {@link MessageRateLimit}: messages one account may post within the window, over all threads. */
export type MessageRateLimits = AccountRateLimits

/** Default limits: 20 messages per account per minute, over all threads. */
export const DEFAULT_MESSAGE_RATE_LIMITS: MessageRateLimits = {
  perAccount: 20,
  windowMs: 60 * 1000,
}

/**
 * Counts the messages each account posts over a sliding window, so that one account cannot flood
 * the échanges (and the notifications of the people it mentions); `admit` rejects with
 * `RATE_LIMITED`. `windows`: where the counts live (shared by every process when configured so).
 */
export class MessageRateLimit extends AccountRateLimit {
  constructor(limits: MessageRateLimits, timers: Timers, windows: EventWindows) {
    super({ limits, timers, tooFast: EXCHANGE_MESSAGES.postingTooFast, windows })
  }
}
