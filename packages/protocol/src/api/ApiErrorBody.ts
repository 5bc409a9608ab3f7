/**
 * Body of every error answer of the HTTP API: a stable `code` for programs, a French `message`
 * for people, and in `details` one French message per invalid field, keyed by its path.
 */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string
    readonly message: string
    readonly details?: Readonly<Record<string, string>>
  }
}
