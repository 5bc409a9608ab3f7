import { profileTexts } from './texts.ts'

/** What the password form holds. */
export interface PasswordChangeInput {
  readonly current: string
  readonly next: string
  readonly confirmation: string
}

/**
 * Shortest password the server accepts, in UTF-16 units as zod counts them (`MIN_PASSWORD_LENGTH`
 * on the server).
 */
export const MIN_PASSWORD_LENGTH = 12

/**
 * The errors the form finds before asking the server, keyed by field: an empty current password,
 * a new one too short or equal to the current one, a confirmation that differs. Empty when none.
 */
export function checkPasswordChange(input: PasswordChangeInput): Record<string, string> {
  const errors: Record<string, string> = {}
  if (input.current === '') errors.current = profileTexts.emptyCurrent
  if (input.next.length < MIN_PASSWORD_LENGTH) errors.next = profileTexts.shortNew
  else if (input.next === input.current) errors.next = profileTexts.sameAsCurrent
  if (input.confirmation !== input.next) errors.confirmation = profileTexts.mismatch
  return errors
}
