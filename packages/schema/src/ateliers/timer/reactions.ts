/** The reactions a participant may send in a live session, with their French label and emoji. */
export const REACTION_KINDS = {
  daccord: { label: 'D’accord', emoji: '👍' },
  bravo: { label: 'Bravo', emoji: '👏' },
  jaime: { label: 'J’aime', emoji: '❤️' },
  drole: { label: 'Drôle', emoji: '😂' },
  interrogation: { label: 'Je m’interroge', emoji: '🤔' },
} as const
export type ReactionKind = keyof typeof REACTION_KINDS

/** The reaction kinds, in the order the bar shows them. */
export const REACTION_KIND_NAMES = Object.keys(REACTION_KINDS) as readonly ReactionKind[]

/** How long a reaction shows on screen before it has faded away. */
export const REACTION_VISIBLE_MS = 4000

/** Most reactions the `reactions` root keeps: the server drops older ones as new ones come. */
export const REACTIONS_KEPT = 40

/** A reaction as the `reactions` root holds it: anonymous, stamped by the server. */
export interface AtelierReaction {
  readonly id: string
  readonly kind: ReactionKind
  /** When the server received it: the SERVER's epoch milliseconds. */
  readonly at: number
}

/** Whether `value` names a reaction of {@link REACTION_KINDS}. */
export function isReactionKind(value: unknown): value is ReactionKind {
  return typeof value === 'string' && Object.hasOwn(REACTION_KINDS, value)
}

/** Reads the `reactions` root's entries (`array.toJSON()`) defensively, malformed ones left out. */
export function readReactions(values: readonly unknown[]): AtelierReaction[] {
  const reactions: AtelierReaction[] = []
  for (const value of values) {
    if (typeof value !== 'object' || value === null) continue
    const { id, kind, at } = value as Record<string, unknown>
    if (typeof id !== 'string' || !isReactionKind(kind) || typeof at !== 'number') continue
    if (!Number.isFinite(at)) continue
    reactions.push({ id, kind, at })
  }
  return reactions
}

/** The reactions still on screen at the server instant `serverNow`, oldest first. */
export function visibleReactions(
  reactions: readonly AtelierReaction[],
  serverNow: number,
): AtelierReaction[] {
  return reactions.filter((reaction) => {
    const age = serverNow - reaction.at
    return age >= -REACTION_VISIBLE_MS && age < REACTION_VISIBLE_MS
  })
}
