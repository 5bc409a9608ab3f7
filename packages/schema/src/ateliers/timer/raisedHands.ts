/** Most hands raised at once in one atelier: past it, raising one is refused until some go down. */
export const MAX_RAISED_HANDS = 500

/** A raised hand, as the `hands` root of an atelier holds it, in the order they were raised. */
export interface RaisedHand {
  readonly accountId: string
  /** The person's name as their account had it when they raised their hand. */
  readonly name: string
  /** When the server received it (ISO 8601, UTC). */
  readonly raisedAt: string
}

function isRaisedHand(value: unknown): value is RaisedHand {
  if (typeof value !== 'object' || value === null) return false
  const { accountId, name, raisedAt } = value as Record<string, unknown>
  return (
    typeof accountId === 'string' &&
    accountId !== '' &&
    typeof name === 'string' &&
    typeof raisedAt === 'string'
  )
}

/**
 * Reads the `hands` root's entries (`array.toJSON()`) defensively: malformed entries and a second
 * hand of one person are left out, the queue's order kept.
 */
export function readRaisedHands(values: readonly unknown[]): RaisedHand[] {
  const seen = new Set<string>()
  const hands: RaisedHand[] = []
  for (const value of values) {
    if (!isRaisedHand(value) || seen.has(value.accountId)) continue
    seen.add(value.accountId)
    hands.push({ accountId: value.accountId, name: value.name, raisedAt: value.raisedAt })
  }
  return hands
}
