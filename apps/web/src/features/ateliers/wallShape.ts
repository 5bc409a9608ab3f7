/** Most characters of the name of a group of the wall. */
export const WALL_GROUP_MAX_LENGTH = 80

/** One sticky note of an atelier's wall, as read from its Y.Doc. */
export interface WallNote {
  readonly id: string
  readonly text: string
  /** '' for an anonymous note (its Y.Doc entry has no author at all). */
  readonly authorId: string
  /** '' for an anonymous note. */
  readonly authorName: string
  /** Posted without a name (« Anonyme »). */
  readonly anonymous: boolean
  /** Hidden by a facilitator: only facilitators read it (greyed). */
  readonly hidden: boolean
  /** Id of its group; '' when not grouped (or its group is unknown). */
  readonly groupId: string
  readonly createdAt: string
  /** Its dots, as the server counts them (`wallVotes`), plus the « +1 » of older walls. */
  readonly voteCount: number
}

/** One group of the wall. */
export interface WallGroup {
  readonly id: string
  readonly label: string
}

/** The wall as it is now: its groups in creation order, its notes most voted first. */
export interface Wall {
  readonly groups: readonly WallGroup[]
  readonly notes: readonly WallNote[]
}

/** The wall's settings, as the server writes them into `wallSettings`. */
export interface WallSettings {
  readonly anonymousAllowed: boolean
  /** Dots per participant, 0–20; 0: votes closed. */
  readonly voteBudget: number
}
