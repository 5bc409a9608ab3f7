import {
  ECHOABLE_EXCHANGE_TYPES,
  SUPRA_TERRITORIAL_THRESHOLD,
  type ExchangeType,
} from '@maillage/schema'
import type { ExchangeThread } from '../persistence/records/ExchangeThread.ts'

/**
 * The CLPE raising a subject: its origin, then the spaces that said « nous aussi », each once, in
 * that order.
 */
export function raisingSpaceIds(
  thread: Pick<ExchangeThread, 'originSpaceId' | 'echoes'>,
): string[] {
  const ids = thread.echoes.map((echo) => echo.spaceId)
  if (thread.originSpaceId !== undefined) ids.unshift(thread.originSpaceId)
  return [...new Set(ids)]
}

/**
 * A remontée or signal faible raised by {@link SUPRA_TERRITORIAL_THRESHOLD} CLPE or more is
 * supra-territorial: a problem that crosses territories, for the CoRE (issue #8, item 2).
 * Questions and retours d’expérience never are.
 */
export function isSupraTerritorial(type: ExchangeType, raisingCount: number): boolean {
  return ECHOABLE_EXCHANGE_TYPES.includes(type) && raisingCount >= SUPRA_TERRITORIAL_THRESHOLD
}
