/**
 * `POST /api/ateliers/:id/minuteur`: the facilitator's move of the session's timer. Durations in
 * seconds: `demarrer` 1 s to 3 h, on the agenda item `itemId` or free; `ajouter` adds (or, below
 * zero, takes away) time; `reinitialiser` clears the timer.
 */
export type AtelierTimerBody =
  | { readonly action: 'demarrer'; readonly durationSeconds: number; readonly itemId?: string }
  | { readonly action: 'pause' }
  | { readonly action: 'reprendre' }
  | { readonly action: 'ajouter'; readonly deltaSeconds: number }
  | { readonly action: 'reinitialiser' }

/** The timer after a move (`timer` root of the atelier), instants in the server's epoch ms. */
export interface AtelierTimerView {
  readonly state: 'running' | 'paused' | 'stopped'
  readonly endsAt?: number
  readonly remainingMs?: number
  readonly durationMs?: number
  readonly itemId?: string
  readonly revision: number
  readonly lastAction?: 'demarrer' | 'pause' | 'reprendre' | 'ajouter' | 'reinitialiser'
}

/** `POST /api/ateliers/:id/mains/parole`: the facilitator gives the floor to that raised hand. */
export interface AtelierFloorBody {
  readonly accountId: string
}

/** The raised hands in order, after a change (`hands` root of the atelier). */
export interface AtelierHandsView {
  readonly hands: readonly {
    readonly accountId: string
    readonly name: string
    readonly raisedAt: string
  }[]
}

/** `POST /api/ateliers/:id/reactions`: one reaction of the fixed set (`REACTION_KINDS`). */
export interface AtelierReactionBody {
  readonly kind: string
}

/** `GET /api/time`: the server's clock, epoch milliseconds, for the clients' offset. */
export interface ServerTimeView {
  readonly now: number
}
