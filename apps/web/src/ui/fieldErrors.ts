import { ApiError } from '../api/ApiError.ts'

/** The French message the API gave for each invalid field of a form, keyed by field name. */
export function fieldErrors(error: unknown): Readonly<Record<string, string>> {
  return error instanceof ApiError ? error.details : {}
}
