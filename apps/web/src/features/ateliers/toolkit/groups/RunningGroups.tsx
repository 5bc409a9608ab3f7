import { useId, useState, type ReactNode } from 'react'
import type {
  AtelierBreakoutAssignBody,
  AtelierBreakoutParticipantView,
  AtelierBreakoutView,
} from '@maillage/protocol'
import { messageOf } from '../../../../api/ApiError.ts'
import { formatParisTime } from '../../formatAtelierTime.ts'
import { groupTexts as texts } from './texts.ts'

/**
 * What the facilitator sees while groups run: each group with its members, the end time, the
 * people present in no group with a group to place them in, which group to visit, and « Retour en
 * plénière ».
 */
export function RunningGroups(props: {
  breakout: AtelierBreakoutView
  participants: readonly AtelierBreakoutParticipantView[]
  visited: number
  onVisit: (n: number) => void
  pending: boolean
  error: unknown
  onAssign: (body: AtelierBreakoutAssignBody) => void
  onEnd: () => void
}): ReactNode {
  const id = useId()
  const { breakout } = props
  const names = new Map(props.participants.map((person) => [person.accountId, person.name]))
  const unplaced = props.participants.filter(
    (person) => person.group === undefined && person.connected,
  )
  return (
    <div className="groupes-en-cours" role="group" aria-labelledby={`${id}-titre`}>
      <h3 id={`${id}-titre`}>{texts.running}</h3>
      {breakout.endsAt !== undefined && (
        <p className="aide">{texts.endsAt(formatParisTime(breakout.endsAt))}</p>
      )}
      {props.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(props.error)}
        </p>
      )}
      <ul className="liste-groupes">
        {breakout.groups.map((group) => (
          <li key={group.n}>
            <strong>{texts.groupHeading(group.n, group.name, group.memberIds.length)}</strong>
            {group.memberIds.length > 0 && (
              <span>
                {' : '}
                {group.memberIds.map((accountId) => names.get(accountId) ?? '…').join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {unplaced.length > 0 && (
        <div className="sans-groupe">
          <h4>{texts.unplaced}</h4>
          <ul>
            {unplaced.map((person) => (
              <UnplacedPerson
                key={person.accountId}
                person={person}
                breakout={breakout}
                pending={props.pending}
                onAssign={props.onAssign}
              />
            ))}
          </ul>
        </div>
      )}
      <div className="champ">
        <label htmlFor={`${id}-visite`}>{texts.visit}</label>
        <select
          id={`${id}-visite`}
          value={props.visited}
          onChange={(event) => {
            props.onVisit(Number(event.target.value))
          }}
        >
          {breakout.groups.map((group) => (
            <option key={group.n} value={group.n}>
              {texts.defaultName(group.n)} — {group.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="bouton-principal"
        disabled={props.pending}
        onClick={props.onEnd}
      >
        {texts.end}
      </button>
    </div>
  )
}

function UnplacedPerson(props: {
  person: AtelierBreakoutParticipantView
  breakout: AtelierBreakoutView
  pending: boolean
  onAssign: (body: AtelierBreakoutAssignBody) => void
}): ReactNode {
  const id = useId()
  const first = props.breakout.groups[0]?.n ?? 1
  const [n, setN] = useState(first)
  return (
    <li className="placement">
      <label htmlFor={id}>{texts.place(props.person.name)}</label>
      <select
        id={id}
        value={n}
        onChange={(event) => {
          setN(Number(event.target.value))
        }}
      >
        {props.breakout.groups.map((group) => (
          <option key={group.n} value={group.n}>
            {texts.defaultName(group.n)} — {group.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="bouton-secondaire"
        disabled={props.pending}
        onClick={() => {
          props.onAssign({ accountId: props.person.accountId, n })
        }}
      >
        {texts.placeButton}
      </button>
    </li>
  )
}
