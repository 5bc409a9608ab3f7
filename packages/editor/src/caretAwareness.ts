import type { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'

/** The awareness field where the carets' plugin writes one's caret and selection. */
const CURSOR_FIELD = 'cursor'

type Listener = (...args: unknown[]) => void

/** Which clients an awareness `change` event concerns. */
interface AwarenessChanges {
  readonly added: readonly number[]
  readonly updated: readonly number[]
  readonly removed: readonly number[]
}

/** When a moved caret is sent: after the frame that shows the keystroke (default). */
export type CaretSendScheduler = (send: () => void) => void

/** Longest wait for a moved caret when no frame comes (a hidden tab draws none). */
const CARET_SEND_FALLBACK_MS = 100

// After the next frame is drawn: the keystroke's own frame does not wait for the caret's message.
function afterNextFrame(send: () => void): void {
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => setTimeout(send, 0))
  }
  setTimeout(send, CARET_SEND_FALLBACK_MS)
}

/**
 * The awareness as the carets' plugin (`yCursorPlugin`) sees it, without the work that changes
 * nothing and without the work that can wait: the plugin rewrites one's caret after every change of
 * the others, even where the caret did not move (its relative positions are the same), which
 * broadcast an awareness message and redrew every caret each time someone else typed; it redraws
 * the others' carets when one's own caret moves, which it never draws; and it sends one's moved
 * caret inside the keystroke, before the frame that shows the letter. Here a moved caret is sent
 * once `schedule` says (after the next frame), the latest one only; a caret taken away (null) at
 * once. Everything else goes to `awareness` unchanged.
 */
export function caretAwareness(
  awareness: Awareness,
  schedule: CaretSendScheduler = afterNextFrame,
): Awareness {
  const wrapped = new Map<Listener, Listener>()
  let pending: { readonly caret: unknown } | null = null
  const sendPending = (): void => {
    if (pending === null) return
    const { caret } = pending
    pending = null
    // A destroyed awareness has no local state: nothing to send any more.
    if (awareness.getLocalState() !== null) awareness.setLocalStateField(CURSOR_FIELD, caret)
  }
  const setLocalStateField = (field: string, value: unknown): void => {
    if (field !== CURSOR_FIELD || !isCaret(value)) {
      if (field === CURSOR_FIELD) pending = null
      awareness.setLocalStateField(field, value)
      return
    }
    const latest: unknown =
      pending === null ? awareness.getLocalState()?.[CURSOR_FIELD] : pending.caret
    if (isSameCaret(latest, value)) return
    if (pending === null) schedule(sendPending)
    pending = { caret: value }
  }
  const on = (name: string, listener: Listener): void => {
    if (name !== 'change') {
      awareness.on(name, listener)
      return
    }
    const othersOnly: Listener = (changes, ...rest) => {
      if (concernsOnly(changes, awareness.clientID)) return
      listener(changes, ...rest)
    }
    wrapped.set(listener, othersOnly)
    awareness.on(name, othersOnly)
  }
  const off = (name: string, listener: Listener): void => {
    const othersOnly = name === 'change' ? wrapped.get(listener) : undefined
    wrapped.delete(listener)
    awareness.off(name, othersOnly ?? listener)
  }
  const overrides: Record<PropertyKey, unknown> = { setLocalStateField, on, off }
  return new Proxy(awareness, {
    get(target, property) {
      if (property in overrides) return overrides[property]
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? (value as Listener).bind(target) : value
    },
  })
}

/** True when `previous` and `next` are carets (`{ anchor, head }`) at the same relative positions. */
function isSameCaret(previous: unknown, next: unknown): boolean {
  if (!isCaret(previous) || !isCaret(next)) return false
  return (
    Y.compareRelativePositions(Y.createRelativePositionFromJSON(previous.anchor), next.anchor) &&
    Y.compareRelativePositions(Y.createRelativePositionFromJSON(previous.head), next.head)
  )
}

function isCaret(
  value: unknown,
): value is { anchor: Y.RelativePosition; head: Y.RelativePosition } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'anchor' in value &&
    'head' in value &&
    typeof value.anchor === 'object' &&
    value.anchor !== null &&
    typeof value.head === 'object' &&
    value.head !== null
  )
}

// A `change` event about this client alone: the carets drawn (the others') are the same.
function concernsOnly(changes: unknown, clientId: number): boolean {
  if (typeof changes !== 'object' || changes === null) return false
  const { added, updated, removed } = changes as AwarenessChanges
  return [added, updated, removed].every(
    (clients) => Array.isArray(clients) && clients.every((client) => client === clientId),
  )
}
