import * as Y from 'yjs'

/** The `body` text (the one `connectClient` edits) of the document these updates make, in order. */
export function decodeText(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc()
  try {
    for (const update of updates) Y.applyUpdate(doc, update)
    return doc.getText('body').toString()
  } finally {
    doc.destroy()
  }
}

/** Records the updates `doc` emits from now on, as a sending client would put them on the wire. */
export function recordUpdates(doc: Y.Doc): Uint8Array[] {
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => {
    updates.push(update)
  })
  return updates
}
