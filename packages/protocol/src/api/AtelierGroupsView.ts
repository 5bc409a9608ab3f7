/** One breakout group of an atelier's session, as the API answers it. */
export interface AtelierBreakoutGroupView {
  /** 1…12: its notes are the root `groupNotes-<n>`, its wall `groupWall-<n>`. */
  readonly n: number
  readonly name: string
  readonly memberIds: readonly string[]
}

/** The breakout groups of an atelier's session (`en-cours`, or `terminee`: back to the plenary). */
export interface AtelierBreakoutView {
  readonly state: 'en-cours' | 'terminee'
  readonly groups: readonly AtelierBreakoutGroupView[]
  readonly startedAt: string
  readonly endsAt?: string
  readonly endedAt?: string
}

/** A seat holder a facilitator may place in a group: present now, or already in one. */
export interface AtelierBreakoutParticipantView {
  readonly accountId: string
  readonly name: string
  readonly organisation: string
  /** Connected to the session now. */
  readonly connected: boolean
  /** Their group in the groups running now; absent: in none. */
  readonly group?: number
}

/** `GET /api/ateliers/:atelierId/groupes`: the groups (none yet: null) and who may be placed. */
export interface AtelierBreakoutStatusView {
  readonly breakout: AtelierBreakoutView | null
  readonly participants: readonly AtelierBreakoutParticipantView[]
}

/** `POST /api/ateliers/:atelierId/groupes`: starts breakout groups (facilitators). */
export interface AtelierBreakoutStartBody {
  readonly mode: 'aleatoire' | 'choisi'
  readonly groups: readonly { readonly name: string; readonly memberIds?: readonly string[] }[]
  readonly durationMinutes?: number
}

/** `POST /api/ateliers/:atelierId/groupes/membres`: places a participant in group `n`. */
export interface AtelierBreakoutAssignBody {
  readonly accountId: string
  readonly n: number
}
