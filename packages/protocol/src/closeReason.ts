import { CloseCode, isCloseCode } from './CloseCode.ts'

/** Short English reasons; each must stay within the 123 bytes RFC 6455 allows for a close reason. */
const reasons: Readonly<Record<CloseCode, string>> = {
  [CloseCode.Normal]: 'normal',
  [CloseCode.GoingAway]: 'server shutting down',
  [CloseCode.MessageTooBig]: 'message too big',
  [CloseCode.InternalError]: 'internal error',
  [CloseCode.BadMessage]: 'bad message',
  [CloseCode.Unauthenticated]: 'unauthenticated',
  [CloseCode.Forbidden]: 'forbidden',
  [CloseCode.TooSlow]: 'too slow',
  [CloseCode.TooLarge]: 'too large',
  [CloseCode.RateLimited]: 'rate limited',
}

/**
 * Returns the short English close reason sent with a close code (at most 123 bytes of UTF-8);
 * an unknown code gives `'closed'`.
 */
export function describeCloseCode(code: number): string {
  return isCloseCode(code) ? reasons[code] : 'closed'
}
