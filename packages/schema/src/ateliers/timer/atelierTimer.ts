/** Shortest countdown a facilitator may start: one second. */
export const TIMER_MIN_DURATION_MS = 1000

/** Longest countdown, and most time a countdown may hold once time is added: three hours. */
export const TIMER_MAX_DURATION_MS = 3 * 60 * 60 * 1000

/** The states of an atelier's timer: counting down, paused, or not set. */
export const TimerState = {
  Running: 'running',
  Paused: 'paused',
  Stopped: 'stopped',
} as const
export type TimerState = (typeof TimerState)[keyof typeof TimerState]

/** The facilitator's moves of the timer, as the API names them. */
export const TIMER_ACTIONS = ['demarrer', 'pause', 'reprendre', 'ajouter', 'reinitialiser'] as const
export type TimerAction = (typeof TIMER_ACTIONS)[number]

/**
 * The timer of an atelier's live session, as its `timer` root holds it (written by the server
 * only). Instants are the SERVER's epoch milliseconds: a browser compares them with its own clock
 * corrected by its measured offset (`serverNowOf`), never with its raw clock.
 */
export interface AtelierTimer {
  readonly state: TimerState
  /** While running: when the countdown reaches zero. */
  readonly endsAt?: number
  /** While paused: what is left. */
  readonly remainingMs?: number
  /** The countdown's length as last set (start, plus or minus the time added), for its progress. */
  readonly durationMs?: number
  /** The agenda item it times, when started on one; absent for a free countdown. */
  readonly itemId?: string
  /** Grows by one with every move, so that a client tells a new start from the same one. */
  readonly revision: number
  /** The move that made this revision, for what browsers announce (« Minuteur repris »…). */
  readonly lastAction?: TimerAction
}

/** No timer: the state of an atelier whose facilitator never started one. */
export const STOPPED_TIMER: AtelierTimer = { state: TimerState.Stopped, revision: 0 }

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/**
 * Reads the `timer` root's entries (`map.toJSON()`), defensively as any Y.Doc content: an unknown
 * state, or a running timer without its end, reads as stopped.
 */
export function readAtelierTimer(values: Readonly<Record<string, unknown>>): AtelierTimer {
  const revision = Math.max(0, Math.trunc(finiteNumber(values['revision']) ?? 0))
  const state = values['state']
  const endsAt = finiteNumber(values['endsAt'])
  const remainingMs = finiteNumber(values['remainingMs'])
  const durationMs = finiteNumber(values['durationMs'])
  const itemId = typeof values['itemId'] === 'string' ? values['itemId'] : undefined
  const lastAction = TIMER_ACTIONS.find((action) => action === values['lastAction'])
  const common = {
    revision,
    ...(lastAction === undefined ? {} : { lastAction }),
    ...(durationMs === undefined ? {} : { durationMs }),
    ...(itemId === undefined || itemId === '' ? {} : { itemId }),
  }
  if (state === TimerState.Running && endsAt !== undefined) {
    return { state, endsAt, ...common }
  }
  if (state === TimerState.Paused && remainingMs !== undefined) {
    return { state, remainingMs: Math.max(0, remainingMs), ...common }
  }
  return {
    state: TimerState.Stopped,
    revision,
    ...(lastAction === undefined ? {} : { lastAction }),
  }
}

/**
 * The milliseconds left on `timer` at the server instant `serverNow` (never below 0): the
 * countdown of a running timer, what was left when paused, 0 when stopped.
 */
export function timerRemainingMs(timer: AtelierTimer, serverNow: number): number {
  switch (timer.state) {
    case TimerState.Running:
      return Math.max(0, (timer.endsAt ?? serverNow) - serverNow)
    case TimerState.Paused:
      return Math.max(0, timer.remainingMs ?? 0)
    case TimerState.Stopped:
      return 0
    default: {
      const unknown: never = timer.state
      throw new Error(`unknown timer state ${JSON.stringify(unknown)}`)
    }
  }
}

/** Whether a set timer (running or paused) has no time left at `serverNow`: « Temps écoulé ». */
export function isTimeUp(timer: AtelierTimer, serverNow: number): boolean {
  return timer.state !== TimerState.Stopped && timerRemainingMs(timer, serverNow) === 0
}
