import type { ReactNode } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { collaborationTexts } from './texts.ts'
import { usePresence } from './usePresence.ts'

/** Who is in the document now: an avatar in each person's colour and their name. */
export function PresenceList(props: { awareness: Awareness }): ReactNode {
  const people = usePresence(props.awareness)
  return (
    <ul className="presence" aria-label={collaborationTexts.presenceLabel}>
      {people.map((person) => (
        <li key={person.clientId} className="personne">
          <span className="avatar" style={{ borderColor: person.color }} aria-hidden="true">
            {initialsOf(person.name)}
          </span>
          <span className="nom">
            {person.name}
            {person.isSelf && <span className="vous"> {collaborationTexts.you}</span>}
          </span>
        </li>
      ))}
    </ul>
  )
}

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/)
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
}
