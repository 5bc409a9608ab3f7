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
    const handleChange = (): void => {
      const next = presentPeople(awareness)
      setPeople((previous) => (signatureOf(previous) === signatureOf(next) ? previous : next))
    }
    handleChange()
    awareness.on('change', handleChange)
    return () => {
      awareness.off('change', handleChange)
    }
  }, [awareness])
  return people
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
