import type * as Y from 'yjs'
import type { AtelierSessionBody } from '@maillage/protocol'
import { ATELIER_SESSION_STATES, DocumentRoot, type AtelierSessionState } from '@maillage/schema'
import { AppError, ErrorCode } from '../errors/AppError.ts'

/** The live session of an atelier, as kept in the `session` root of its Y.Doc. */
export interface AtelierSession {
  readonly state: AtelierSessionState
  readonly currentItemId?: string
  readonly startedAt?: string
  readonly endedAt?: string
  readonly compteRenduId?: string
}

function optionalString(map: Y.Map<unknown>, key: string): string | undefined {
  const value = map.get(key)
  return typeof value === 'string' && value !== '' ? value : undefined
}

/**
 * Reads the `session` root (written by the server only, but read defensively like any Y.Doc
 * content): an unknown or missing state reads as `a-venir`.
 */
export function readAtelierSession(doc: Y.Doc): AtelierSession {
  const map = doc.getMap<unknown>(DocumentRoot.Session)
  const rawState = map.get('state')
  const state = ATELIER_SESSION_STATES.find((candidate) => candidate === rawState) ?? 'a-venir'
  const currentItemId = optionalString(map, 'currentItemId')
  const startedAt = optionalString(map, 'startedAt')
  const endedAt = optionalString(map, 'endedAt')
  const compteRenduId = optionalString(map, 'compteRenduId')
  return {
    state,
    ...(currentItemId === undefined ? {} : { currentItemId }),
    ...(startedAt === undefined ? {} : { startedAt }),
    ...(endedAt === undefined ? {} : { endedAt }),
    ...(compteRenduId === undefined ? {} : { compteRenduId }),
  }
}

/**
 * Writes `session` over the `session` root: keys it lacks are deleted, so that participants
 * never see a stale current item. Call inside `DocumentContent.change`.
 */
export function writeAtelierSession(doc: Y.Doc, session: AtelierSession): void {
  const map = doc.getMap<unknown>(DocumentRoot.Session)
  const entries: Record<string, string | undefined> = {
    state: session.state,
    currentItemId: session.currentItemId,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    compteRenduId: session.compteRenduId,
  }
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key)
    } else if (map.get(key) !== value) {
      map.set(key, value)
    }
  }
}

function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message)
}

/**
 * The session after the facilitator's `action`, at `now`, given the ids of the agenda items in
 * order. `demarrer` (from `a-venir` only) makes the first item current; `aller-a` (while
 * `en-cours`) moves to an existing item; `terminer` (while `en-cours`) ends it and clears the
 * current item; `reprendre` (from `terminee` only) makes it `en-cours` again on the first item,
 * keeping its start and its compte rendu, if one was drafted. Throws `CONFLICT` with a French
 * message for any other move.
 */
export function moveSession(
  session: AtelierSession,
  action: AtelierSessionBody,
  context: { readonly agendaIds: readonly string[]; readonly now: string },
): AtelierSession {
  switch (action.action) {
    case 'demarrer': {
      if (session.state === 'en-cours') throw conflict('La session est déjà en cours.')
      if (session.state === 'terminee') {
        throw conflict('La session est terminée : reprenez-la plutôt que de la redémarrer.')
      }
      const first = context.agendaIds[0]
      return {
        state: 'en-cours',
        ...(first === undefined ? {} : { currentItemId: first }),
        startedAt: context.now,
      }
    }
    case 'aller-a': {
      if (session.state !== 'en-cours') {
        throw conflict(
          'La session n’est pas en cours : démarrez-la avant de passer d’un point à l’autre.',
        )
      }
      if (!context.agendaIds.includes(action.itemId)) {
        throw conflict('Ce point n’est plus au déroulé de l’atelier. Rechargez la page.')
      }
      return { ...session, currentItemId: action.itemId }
    }
    case 'terminer': {
      if (session.state !== 'en-cours') {
        throw conflict(
          session.state === 'terminee'
            ? 'La session est déjà terminée.'
            : 'La session n’a pas commencé : démarrez-la avant de la terminer.',
        )
      }
      const { currentItemId: _cleared, ...rest } = session
      return { ...rest, state: 'terminee', endedAt: context.now }
    }
    case 'reprendre': {
      if (session.state !== 'terminee') {
        throw conflict(
          session.state === 'en-cours'
            ? 'La session est déjà en cours.'
            : 'La session n’a pas commencé : démarrez-la plutôt que de la reprendre.',
        )
      }
      // Ended by mistake (or started before its day): registrations reopen while it runs again.
      const { endedAt: _ended, currentItemId: _cleared, ...rest } = session
      const first = context.agendaIds[0]
      return {
        ...rest,
        state: 'en-cours',
        ...(first === undefined ? {} : { currentItemId: first }),
        startedAt: session.startedAt ?? context.now,
      }
    }
    default: {
      const unknown: never = action
      throw new Error(`unknown session action ${JSON.stringify(unknown)}`)
    }
  }
}
