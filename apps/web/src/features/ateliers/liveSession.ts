import type * as Y from 'yjs'
import type { AtelierSessionStateName, AtelierSessionView } from '@maillage/protocol'
import { ATELIER_SESSION_STATES } from '@maillage/schema'

/** The live session of an atelier, as its `session` root holds it (written by the server only). */
export interface LiveSession extends AtelierSessionView {
  /** The compte rendu drafted from the session, once created. */
  readonly compteRenduId?: string
}

/**
 * Reads the `session` map of an atelier's Y.Doc; `fallback` (the API's view) stands for it while
 * the map is still empty, before the document arrived from the server.
 */
export function readLiveSession(session: Y.Map<unknown>, fallback: LiveSession): LiveSession {
  const state = session.get('state')
  if (!isState(state)) return fallback
  return {
    state,
    ...optional('currentItemId', session.get('currentItemId')),
    ...optional('startedAt', session.get('startedAt')),
    ...optional('endedAt', session.get('endedAt')),
    ...optional('compteRenduId', session.get('compteRenduId')),
  }
}

function isState(value: unknown): value is AtelierSessionStateName {
  return typeof value === 'string' && (ATELIER_SESSION_STATES as readonly string[]).includes(value)
}

function optional<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' && value !== '' ? ({ [key]: value } as Record<K, string>) : {}
}
