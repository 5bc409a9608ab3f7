import type { ErrorCode } from '../errors/AppError.ts'

const STATUS: Readonly<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  AUTH_UNAUTHENTICATED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_THROTTLED: 429,
  RATE_LIMITED: 429,
  AUTH_CSRF_REJECTED: 403,
  AUTH_ORIGIN_REJECTED: 403,
  AUTH_FORBIDDEN: 403,
  NOT_FOUND: 404,
  ACCOUNT_EMAIL_TAKEN: 409,
  INVITATION_INVALID: 410,
  SETUP_ALREADY_DONE: 409,
  CONFLICT: 409,
  SURVEY_CLOSED: 409,
  EXCHANGE_TOO_MANY_MENTIONS: 400,
  DOCUMENT_UNREADABLE: 422,
  INTERNAL_ERROR: 500,
}

/** The HTTP status of an error code: the one place where codes become statuses. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code]
}
