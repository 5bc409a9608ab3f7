/** Stable codes of the errors the API answers with; `http/statusOf.ts` maps each to its status. */
export const ErrorCode = {
  ValidationFailed: 'VALIDATION_FAILED',
  Unauthenticated: 'AUTH_UNAUTHENTICATED',
  InvalidCredentials: 'AUTH_INVALID_CREDENTIALS',
  Throttled: 'AUTH_THROTTLED',
  RateLimited: 'RATE_LIMITED',
  CsrfRejected: 'AUTH_CSRF_REJECTED',
  OriginRejected: 'AUTH_ORIGIN_REJECTED',
  Forbidden: 'AUTH_FORBIDDEN',
  NotFound: 'NOT_FOUND',
  EmailTaken: 'ACCOUNT_EMAIL_TAKEN',
  InvitationInvalid: 'INVITATION_INVALID',
  SetupDone: 'SETUP_ALREADY_DONE',
  NoPassword: 'NO_PASSWORD',
  Conflict: 'CONFLICT',
  SurveyClosed: 'SURVEY_CLOSED',
  TooManyMentions: 'EXCHANGE_TOO_MANY_MENTIONS',
  DocumentUnreadable: 'DOCUMENT_UNREADABLE',
  MaturityIncomplete: 'MATURITY_INCOMPLETE',
  MaturityCampaignClosed: 'MATURITY_CAMPAIGN_CLOSED',
  IndicatorNotFound: 'INDICATOR_NOT_FOUND',
  TooManyMeasurements: 'TOO_MANY_MEASUREMENTS',
  LastAdmin: 'LAST_ADMIN',
  OidcStateMismatch: 'OIDC_STATE_MISMATCH',
  OidcNonceMismatch: 'OIDC_NONCE_MISMATCH',
  OidcUnavailable: 'OIDC_UNAVAILABLE',
  ExportConverterMissing: 'EXPORT_CONVERTER_MISSING',
  ExportBusy: 'EXPORT_BUSY',
  ExportFailed: 'EXPORT_FAILED',
  VeilleDuplicate: 'VEILLE_DUPLICATE',
  VeilleUrlForbidden: 'VEILLE_URL_FORBIDDEN',
  VeilleFeedTooLarge: 'VEILLE_FEED_TOO_LARGE',
  VeilleFeedTimeout: 'VEILLE_FEED_TIMEOUT',
  VeilleFeedInvalid: 'VEILLE_FEED_INVALID',
  VeilleFeedUnreachable: 'VEILLE_FEED_UNREACHABLE',
  InstanceFull: 'INSTANCE_FULL',
  MandateEnded: 'INSTANCE_MANDATE_ENDED',
  ProgrammeStepRefused: 'PROGRAMME_STEP_REFUSED',
  ProgrammeVersionLocked: 'PROGRAMME_VERSION_LOCKED',
  ProgrammeTooManyLines: 'PROGRAMME_TOO_MANY_LINES',
  ProgrammeDraftExists: 'PROGRAMME_DRAFT_EXISTS',
  Internal: 'INTERNAL_ERROR',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/**
 * An error to show: a stable `code` for programs and a French `message` for people that says what
 * went wrong and what to do. Optional `details` (e.g. invalid fields) go to the client as is.
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: Readonly<Record<string, string>> | undefined
  /** For `AUTH_THROTTLED` and `RATE_LIMITED`: seconds until a new attempt is allowed. */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: ErrorCode,
    message: string,
    options: { details?: Record<string, string>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    this.details = options.details
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}
