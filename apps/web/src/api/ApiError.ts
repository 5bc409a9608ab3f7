import type { ApiErrorBody } from '@maillage/protocol'

/** An error answered by the API (or the network), with its stable code and French message. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  /** One French message per invalid field, keyed by the field's name. */
  readonly details: Readonly<Record<string, string>>

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message)
    this.name = 'ApiError'
    this.code = body.code
    this.status = status
    this.details = body.details ?? {}
  }
}

/** Code of the error raised when the server cannot be reached at all. */
export const NETWORK_ERROR_CODE = 'NETWORK_UNREACHABLE'

/** Whether an error means the session is missing or expired. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401
}

/** The French message to show for any error thrown by the API client. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Une erreur inattendue est survenue. Rechargez la page ; si elle persiste, prévenez l’équipe régionale.'
}
