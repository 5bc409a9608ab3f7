import { AppError, ErrorCode } from '../errors/AppError.ts'

/**
 * Throws `AUTH_FORBIDDEN` with `message` (French, saying who may do it) unless `allowed`. Services
 * call it with a rule of `accessPolicy.ts`, so REST, websocket hooks and jobs share the decision.
 */
export function assertAllowed(allowed: boolean, message: string): void {
  if (!allowed) throw new AppError(ErrorCode.Forbidden, message)
}
