import { messageOf } from '../api/ApiError.ts'
import type { FormError } from './ErrorSummary.tsx'
import { fieldErrors } from './fieldErrors.ts'

/**
 * The errors of a refused submission for the form's `ErrorSummary`: first those the form checked
 * itself (`checked`, keyed by field), then each field the API refused, in the order of
 * `fieldIds` (field name → id of its control, which the summary links to), then the API's other
 * field errors, unlinked. A refusal without field details (rights, network) is one error, the
 * API's message. Empty when nothing failed.
 */
export function formErrorsOf(options: {
  apiError: unknown
  fieldIds: Readonly<Record<string, string>>
  checked?: Readonly<Record<string, string>>
}): FormError[] {
  const { apiError, fieldIds } = options
  const checked = options.checked ?? {}
  const fromApi = fieldErrors(apiError)
  const messages = { ...fromApi, ...checked }
  const linked = Object.entries(fieldIds).flatMap(([field, fieldId]) => {
    const message = messages[field]
    return message === undefined ? [] : [{ message, fieldId }]
  })
  const others = Object.entries(messages)
    .filter(([field]) => !(field in fieldIds))
    .map(([, message]) => ({ message }))
  const errors = [...linked, ...others]
  if (errors.length === 0 && apiError != null) return [{ message: messageOf(apiError) }]
  return errors
}
