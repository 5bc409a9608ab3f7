/** Per-client counts returned by the workers: [client id, count]. */
export type ClientCounts = readonly (readonly [number, number])[]

/**
 * Marks that never arrived: every client must receive every mark sent by the other clients of its
 * room (rooms are given per client id). Counted after the drain, so in-flight marks are not loss.
 */
export function countMissingDeliveries(
  roomOf: ReadonlyMap<number, string>,
  sent: ClientCounts,
  received: ClientCounts,
): number {
  const sentByRoom = new Map<string, number>()
  const sentBy = new Map<number, number>()
  for (const [id, count] of sent) {
    const room = roomOf.get(id) ?? ''
    sentByRoom.set(room, (sentByRoom.get(room) ?? 0) + count)
    sentBy.set(id, count)
  }
  let missing = 0
  for (const [id, count] of received) {
    const expected = (sentByRoom.get(roomOf.get(id) ?? '') ?? 0) - (sentBy.get(id) ?? 0)
    missing += Math.max(0, expected - count)
  }
  return missing
}

/** Sums the counts of several workers. */
export function totalOf(counts: ClientCounts): number {
  return counts.reduce((sum, [, count]) => sum + count, 0)
}
