import { z } from 'zod'
import { AppError, ErrorCode } from '../errors/AppError.ts'

const frenchErrors = z.locales.fr().localeError

/**
 * Validates a request body, query or parameters with a zod schema. Throws `VALIDATION_FAILED` with
 * a French message and, in `details`, one French message per invalid field (keyed by its path).
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { error: frenchErrors })
  if (result.success) return result.data
  const details: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_'
    details[path] ??= issue.message
  }
  throw new AppError(
    ErrorCode.ValidationFailed,
    'Certaines informations sont manquantes ou incorrectes : corrigez les champs signalés.',
    { details },
  )
}
