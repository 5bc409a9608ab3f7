import { useEffect, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'

/** One person present in a document, as their awareness state describes them. */
export interface PresentPerson {
  readonly clientId: number
  readonly name: string
  readonly color: string
  readonly isSelf: boolean
}

/**
 * The people present in a document, oneself first, one entry per name and colour (a person with
 * two tabs open appears once). Follows the awareness's `change` events.
 */
export function usePresence(awareness: Awareness): readonly PresentPerson[] {
  const [people, setPeople] = useState<readonly PresentPerson[]>(() => presentPeople(awareness))
  useEffect(() => {
    // Carets move at every keystroke; the list changes only when someone comes, goes or renames.
    const known = new Map<number, string>()
    const handleChange = (changes: AwarenessChanges): void => {
      if (!havePeopleChanged(awareness, changes, known)) return
      const next = presentPeople(awareness)
      setPeople((previous) => (signatureOf(previous) === signatureOf(next) ? previous : next))
    }
    handleChange({ added: [...awareness.getStates().keys()], updated: [], removed: [] })
    awareness.on('change', handleChange)
    return () => {
      awareness.off('change', handleChange)
    }
  }, [awareness])
  return people
}

/** The clients an awareness `change` event concerns. */
export interface AwarenessChanges {
  readonly added: readonly number[]
  readonly updated: readonly number[]
  readonly removed: readonly number[]
}

/**
 * Whether `changes` added, removed or renamed someone, judged against `known` (each client's
 * name and colour as last seen, kept up to date here): a caret that moved changes nobody.
 */
export function havePeopleChanged(
  awareness: Awareness,
  changes: AwarenessChanges,
  known: Map<number, string>,
): boolean {
  let changed = false
  for (const clientId of changes.removed) changed = known.delete(clientId) || changed
  const states = awareness.getStates()
  for (const clientId of [...changes.added, ...changes.updated]) {
    const state = states.get(clientId)
    const user = state === undefined ? null : userOf(state)
    const identity = user === null ? '' : `${user.name}\u0000${user.color}`
    if (known.get(clientId) === identity) continue
    known.set(clientId, identity)
    changed = true
  }
  return changed
}

/** The people of an awareness, oneself first, deduplicated, with untrusted fields checked. */
export function presentPeople(awareness: Awareness): readonly PresentPerson[] {
  const byIdentity = new Map<string, PresentPerson>()
  for (const [clientId, state] of awareness.getStates()) {
    const user = userOf(state)
    if (user === null) continue
    const isSelf = clientId === awareness.clientID
    const identity = `${user.name}\u0000${user.color}`
    if (byIdentity.has(identity) && !isSelf) continue
    byIdentity.set(identity, { clientId, ...user, isSelf })
  }
  return [...byIdentity.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'fr'),
  )
}

function signatureOf(people: readonly PresentPerson[]): string {
  return people
    .map((person) => `${person.name}\u0000${person.color}\u0000${person.isSelf}`)
    .join('\u0001')
}

// Awareness states come from other clients: read them as untrusted.
function userOf(state: Record<string, unknown>): { name: string; color: string } | null {
  const user = state.user
  if (typeof user !== 'object' || user === null) return null
  const { name, color } = user as Record<string, unknown>
  if (typeof name !== 'string' || name.trim() === '') return null
  const safeColor = typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#555555'
  return { name: name.slice(0, 120), color: safeColor }
}
