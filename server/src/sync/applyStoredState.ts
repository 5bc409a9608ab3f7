import * as Y from 'yjs'
import type { StoredDocument } from '../persistence/DocumentStore.ts'
import type { LazyDocument } from './LazyDocument.ts'

/**
 * Puts the state read back from the store into a room's document, without building it: several
 * stored updates are merged into one. Returns true when they were several, so the caller asks its
 * saver to compact them; a document the store does not have is left empty.
 */
export function applyStoredState(document: LazyDocument, stored: StoredDocument): boolean {
  const { updates, stateVector } = stored
  const [first] = updates
  if (updates.length > 1) {
    document.setStored(Y.mergeUpdates(updates), null)
    return true
  }
  if (first !== undefined) document.setStored(first, stateVector)
  return false
}
