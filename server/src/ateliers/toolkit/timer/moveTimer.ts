import type { AtelierTimerBody } from '@maillage/protocol'
import {
  TIMER_MAX_DURATION_MS,
  TimerState,
  timerRemainingMs,
  type AtelierTimer,
} from '@maillage/schema'
import { AppError, ErrorCode } from '../../../errors/AppError.ts'
import { TIMER_MESSAGES } from './timerMessages.ts'

function conflict(message: string): AppError {
  return new AppError(ErrorCode.Conflict, message)
}

function clampDuration(ms: number): number {
  return Math.min(TIMER_MAX_DURATION_MS, Math.max(0, ms))
}

/**
 * The timer after the facilitator's `action` at the server instant `now` (epoch ms), given the
 * ids of the atelier's agenda items. `demarrer` (from any state) counts down from its duration,
 * on an existing agenda item or free; `pause` (running, time left) keeps what is left; `reprendre`
 * (paused) counts down again from it; `ajouter` (running or paused) adds or takes away time, an
 * elapsed countdown counting again from now, never past 3 h nor below zero; `reinitialiser`
 * clears it. Every move grows the revision and is named in `lastAction`. Throws `CONFLICT` with a French message otherwise.
 */
export function moveTimer(
  timer: AtelierTimer,
  action: AtelierTimerBody,
  context: { readonly now: number; readonly agendaIds: readonly string[] },
): AtelierTimer {
  return { ...nextTimer(timer, action, context), lastAction: action.action }
}

function nextTimer(
  timer: AtelierTimer,
  action: AtelierTimerBody,
  context: { readonly now: number; readonly agendaIds: readonly string[] },
): AtelierTimer {
  const { now } = context
  const revision = timer.revision + 1
  const kept = {
    ...(timer.durationMs === undefined ? {} : { durationMs: timer.durationMs }),
    ...(timer.itemId === undefined ? {} : { itemId: timer.itemId }),
  }
  switch (action.action) {
    case 'demarrer': {
      if (action.itemId !== undefined && !context.agendaIds.includes(action.itemId)) {
        throw conflict(TIMER_MESSAGES.unknownItem)
      }
      const durationMs = clampDuration(action.durationSeconds * 1000)
      return {
        state: TimerState.Running,
        endsAt: now + durationMs,
        durationMs,
        ...(action.itemId === undefined ? {} : { itemId: action.itemId }),
        revision,
      }
    }
    case 'pause': {
      if (timer.state !== TimerState.Running) throw conflict(TIMER_MESSAGES.notRunning)
      const remainingMs = timerRemainingMs(timer, now)
      if (remainingMs === 0) throw conflict(TIMER_MESSAGES.timeUp)
      return { state: TimerState.Paused, remainingMs, ...kept, revision }
    }
    case 'reprendre': {
      if (timer.state !== TimerState.Paused) throw conflict(TIMER_MESSAGES.notPaused)
      return {
        state: TimerState.Running,
        endsAt: now + (timer.remainingMs ?? 0),
        ...kept,
        revision,
      }
    }
    case 'ajouter': {
      if (timer.state === TimerState.Stopped) throw conflict(TIMER_MESSAGES.noTimer)
      const deltaMs = action.deltaSeconds * 1000
      const remainingMs = clampDuration(timerRemainingMs(timer, now) + deltaMs)
      const durationMs = clampDuration((timer.durationMs ?? 0) + deltaMs)
      const moved = { ...kept, durationMs: Math.max(durationMs, remainingMs), revision }
      return timer.state === TimerState.Running
        ? { state: TimerState.Running, endsAt: now + remainingMs, ...moved }
        : { state: TimerState.Paused, remainingMs, ...moved }
    }
    case 'reinitialiser':
      return { state: TimerState.Stopped, revision }
    default: {
      const unknown: never = action
      throw new Error(`unknown timer action ${JSON.stringify(unknown)}`)
    }
  }
}
