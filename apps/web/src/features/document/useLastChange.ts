import { useCallback, useEffect, useRef, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { formatRelative } from '../../ui/formatDate.ts'

/** When the document last changed and who changed it, as « Dernière modification » shows it. */
export interface LastChange {
  /** ISO time. */
  readonly at: string
  readonly name: string | undefined
}

/** How often « il y a … » is written again while nothing changes. */
const RELATIVE_TIME_REFRESH_MS = 30_000

/**
 * The last change of the open document, starting from the server's record (`initial`), then
 * following the Y.Doc live: one's own edits, and the edits of the people present (their name from
 * their awareness state). Changes from clients that are not present are catching up on what was
 * written earlier (offline copy, first sync) and leave it as it is. Also re-renders every 30 s so
 * that « il y a … » stays true; `now` is that render's time.
 */
export function useLastChange(options: {
  doc: Y.Doc
  awareness: Awareness
  initial: LastChange
  ownName: string
}): { lastChange: LastChange; now: number } {
  const { doc, awareness, ownName } = options
  // The latest change, always current; the state below changes only when the line would read
  // differently, so that a keystroke (one's own or someone else's) does not re-render the page.
  // (Compared here, not in a state updater: React may render once more for an updater that returns
  // the same state, a commit per keystroke.)
  const latest = useRef(options.initial)
  const [shown, setShown] = useState(() => ({ lastChange: options.initial, now: Date.now() }))
  const shownRef = useRef(shown)
  const show = useCallback((next: { lastChange: LastChange; now: number }): void => {
    shownRef.current = next
    setShown(next)
  }, [])

  useEffect(() => {
    const handleTransaction = (transaction: Y.Transaction): void => {
      const change = changeOf(transaction, awareness, ownName)
      if (change === null) return
      const at = Date.now()
      latest.current = { at: new Date(at).toISOString(), name: change.name }
      const next = { lastChange: latest.current, now: at }
      if (!readsTheSame(shownRef.current, next)) show(next)
    }
    doc.on('afterTransaction', handleTransaction)
    return () => {
      doc.off('afterTransaction', handleTransaction)
    }
  }, [doc, awareness, ownName, show])

  useEffect(() => {
    const timer = window.setInterval(() => {
      show({ lastChange: latest.current, now: Date.now() })
    }, RELATIVE_TIME_REFRESH_MS)
    return () => {
      window.clearInterval(timer)
    }
  }, [show])

  return shown
}

// Whether « Dernière modification … » reads the same for both.
function readsTheSame(
  a: { lastChange: LastChange; now: number },
  b: { lastChange: LastChange; now: number },
): boolean {
  return (
    a.lastChange.name === b.lastChange.name &&
    formatRelative(a.lastChange.at, a.now) === formatRelative(b.lastChange.at, b.now)
  )
}

// Who made this transaction's change: oneself for a local one; for a remote one, the present
// person whose client wrote new items (a deletion alone does not say whose it is: then no name,
// if someone else is here at all). Null when nothing changed or the change is a catch-up.
function changeOf(
  transaction: Y.Transaction,
  awareness: Awareness,
  ownName: string,
): { name: string | undefined } | null {
  const writers: number[] = []
  for (const [client, clock] of transaction.afterState) {
    if ((transaction.beforeState.get(client) ?? 0) < clock) writers.push(client)
  }
  const deleted = transaction.deleteSet.clients.size > 0
  if (writers.length === 0 && !deleted) return null
  if (transaction.local) return { name: ownName }
  if (writers.length > 0) {
    const name = presentName(awareness, writers)
    return name === undefined ? null : { name }
  }
  const othersHere = [...awareness.getStates().keys()].some((id) => id !== awareness.clientID)
  return othersHere ? { name: undefined } : null
}

// Awareness states come from other clients: their name is read as untrusted text.
function presentName(awareness: Awareness, authors: readonly number[]): string | undefined {
  const states = awareness.getStates()
  for (const author of authors) {
    const user: unknown = states.get(author)?.['user']
    if (typeof user !== 'object' || user === null) continue
    const name: unknown = (user as Record<string, unknown>)['name']
    if (typeof name === 'string' && name.trim() !== '') return name.slice(0, 120)
  }
  return undefined
}
