import * as Y from 'yjs'

/**
 * What a document's content is, in a form two copies can be compared by (`===`): the state
 * vector (which items exist), the delete set (which of them are deleted), both sorted and with
 * adjacent ranges merged, and the state vector of what still waits for missing updates. Two sets
 * of updates with the same fingerprint make the same Y.Doc, however they were split or merged.
 * Throws if an update does not decode.
 */
export function documentFingerprint(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc({ guid: 'fingerprint' })
  try {
    for (const update of updates) Y.applyUpdate(doc, update)
    const { ds } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc))
    const deleteSet = [...ds.clients.entries()]
      .sort(([a], [b]) => a - b)
      .map(([client, items]) => [client, mergeRanges(items)] as const)
    const pending = doc.store.pendingStructs
    return JSON.stringify({
      stateVector: sortedEntries(Y.decodeStateVector(Y.encodeStateVector(doc))),
      deleteSet,
      pending:
        pending === null
          ? null
          : sortedEntries(Y.decodeStateVector(Y.encodeStateVectorFromUpdate(pending.update))),
    })
  } finally {
    doc.destroy()
  }
}

function sortedEntries(map: Map<number, number>): Array<[number, number]> {
  return [...map.entries()].sort(([a], [b]) => a - b)
}

/** Deleted ranges as `[clock, length]`, sorted, overlapping and adjacent ones joined. */
function mergeRanges(
  items: ReadonlyArray<{ clock: number; len: number }>,
): Array<[number, number]> {
  const sorted = [...items].sort((a, b) => a.clock - b.clock)
  const merged: Array<[number, number]> = []
  for (const { clock, len } of sorted) {
    const last = merged.at(-1)
    if (last !== undefined && clock <= last[0] + last[1]) {
      last[1] = Math.max(last[1], clock + len - last[0])
    } else {
      merged.push([clock, len])
    }
  }
  return merged
}
