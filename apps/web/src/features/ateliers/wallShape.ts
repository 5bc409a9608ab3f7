/** Most characters of the name of a group of the wall. */
export const WALL_GROUP_MAX_LENGTH = 80

/** One sticky note of an atelier's wall, as read from its Y.Doc for the signed-in person. */
export interface WallNote {
  readonly id: string
  readonly text: string
  readonly authorId: string
  readonly authorName: string
  /** Id of its group; '' when not grouped (or its group is unknown). */
  readonly groupId: string
  readonly createdAt: string
  readonly voteCount: number
  /** Whether the signed-in person voted « +1 » on it. */
  readonly votedByMe: boolean
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
