import type * as Y from 'yjs'
import { DocumentRoot, readAtelierTimer, type AtelierTimer } from '@maillage/schema'

/** The timer of an atelier as its `timer` root holds it (a missing root reads as stopped). */
export function readTimerRoot(doc: Y.Doc): AtelierTimer {
  return readAtelierTimer(doc.getMap<unknown>(DocumentRoot.Timer).toJSON())
}

/**
 * Writes `timer` over the `timer` root: keys it lacks are deleted, so that nobody sees the end
 * of a paused countdown. Call inside `DocumentContent.change`.
 */
export function writeTimerRoot(doc: Y.Doc, timer: AtelierTimer): void {
  const map = doc.getMap<unknown>(DocumentRoot.Timer)
  const entries: Record<string, string | number | undefined> = {
    state: timer.state,
    endsAt: timer.endsAt,
    remainingMs: timer.remainingMs,
    durationMs: timer.durationMs,
    itemId: timer.itemId,
    revision: timer.revision,
    lastAction: timer.lastAction,
  }
  for (const [key, value] of Object.entries(entries)) {
    if (value === undefined) {
      if (map.has(key)) map.delete(key)
    } else if (map.get(key) !== value) {
      map.set(key, value)
    }
  }
}
