/** Fewest breakout groups a facilitator may make of an atelier's participants. */
export const MIN_BREAKOUT_GROUPS = 2

/** Most breakout groups of one atelier: their roots are `groupNotes-1…12` and `groupWall-1…12`. */
export const MAX_BREAKOUT_GROUPS = 12

/** Longest name of a breakout group, in characters. */
export const BREAKOUT_GROUP_NAME_MAX_LENGTH = 80

/** Longest run of breakout groups a facilitator may set, in minutes (a whole day of work). */
export const BREAKOUT_MAX_MINUTES = 480

/**
 * The root of the Y.Doc holding the notes of breakout group `n` (1…{@link MAX_BREAKOUT_GROUPS}):
 * a Y.XmlFragment, the rich text of that group only.
 */
export function groupNotesRoot(n: number): string {
  return `groupNotes-${n}`
}

/** The root holding the wall of breakout group `n`: a Y.Array of sticky notes, shaped like `wall`. */
export function groupWallRoot(n: number): string {
  return `groupWall-${n}`
}

/** The numbers a breakout group may have: 1…{@link MAX_BREAKOUT_GROUPS}. */
export const BREAKOUT_GROUP_NUMBERS: readonly number[] = Array.from(
  { length: MAX_BREAKOUT_GROUPS },
  (_, index) => index + 1,
)

/** Every root of every breakout group, notes and wall: those an atelier's facilitators write. */
export const BREAKOUT_GROUP_ROOTS: readonly string[] = BREAKOUT_GROUP_NUMBERS.flatMap((n) => [
  groupNotesRoot(n),
  groupWallRoot(n),
])

/** The state of an atelier's breakout groups: running, or back to the plenary. */
export const BREAKOUT_STATES = ['en-cours', 'terminee'] as const
export type BreakoutState = (typeof BREAKOUT_STATES)[number]

/** One breakout group, as the server writes it into the `groups` root. */
export interface BreakoutGroup {
  /** 1…{@link MAX_BREAKOUT_GROUPS}: its roots are `groupNotes-<n>` and `groupWall-<n>`. */
  readonly n: number
  readonly name: string
  /** Account ids of its members. */
  readonly memberIds: readonly string[]
}
