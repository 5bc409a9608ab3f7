import { useId, useState, type ReactNode } from 'react'
import type { AtelierBreakoutParticipantView, AtelierBreakoutStartBody } from '@maillage/protocol'
import {
  BREAKOUT_GROUP_NAME_MAX_LENGTH,
  BREAKOUT_MAX_MINUTES,
  MAX_BREAKOUT_GROUPS,
  MIN_BREAKOUT_GROUPS,
} from '@maillage/schema'
import { messageOf } from '../../../../api/ApiError.ts'
import { formatParisTime } from '../../formatAtelierTime.ts'
import { groupTexts as texts } from './texts.ts'

const COUNTS = Array.from(
  { length: MAX_BREAKOUT_GROUPS - MIN_BREAKOUT_GROUPS + 1 },
  (_, index) => index + MIN_BREAKOUT_GROUPS,
)

/**
 * The facilitator's form to start breakout groups: how many (2–12), their names, a random split of
 * the people present or a group chosen for each (one select per person, keyboard-usable), and an
 * optional duration whose end time is shown.
 */
export function BreakoutForm(props: {
  present: readonly AtelierBreakoutParticipantView[]
  pending: boolean
  error: unknown
  onStart: (body: AtelierBreakoutStartBody) => void
}): ReactNode {
  const id = useId()
  const [count, setCount] = useState(MIN_BREAKOUT_GROUPS)
  const [names, setNames] = useState<string[]>([])
  const [mode, setMode] = useState<'aleatoire' | 'choisi'>('aleatoire')
  const [chosen, setChosen] = useState<ReadonlyMap<string, number>>(new Map())
  const [minutes, setMinutes] = useState('')
  // The end shown, from the moment the duration was typed.
  const [endTime, setEndTime] = useState<string | null>(null)
  const groupNumbers = Array.from({ length: count }, (_, index) => index + 1)
  const nameOf = (n: number): string => names[n - 1] ?? ''
  const duration = Number.parseInt(minutes, 10)
  const validDuration =
    Number.isInteger(duration) && duration >= 1 && duration <= BREAKOUT_MAX_MINUTES

  function handleSubmit(): void {
    props.onStart({
      mode,
      groups: groupNumbers.map((n) => ({
        name: nameOf(n).trim() === '' ? texts.defaultName(n) : nameOf(n).trim(),
        ...(mode === 'choisi'
          ? {
              memberIds: props.present
                .filter((person) => chosen.get(person.accountId) === n)
                .map((person) => person.accountId),
            }
          : {}),
      })),
      ...(validDuration ? { durationMinutes: duration } : {}),
    })
  }

  return (
    <form
      className="formulaire-groupes"
      aria-labelledby={`${id}-titre`}
      onSubmit={(event) => {
        event.preventDefault()
        handleSubmit()
      }}
    >
      <h3 id={`${id}-titre`}>{texts.formTitle}</h3>
      {props.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(props.error)}
        </p>
      )}
      <p className="aide">{texts.presentCount(props.present.length)}</p>
      <div className="champ">
        <label htmlFor={`${id}-nombre`}>{texts.groupCount}</label>
        <select
          id={`${id}-nombre`}
          value={count}
          onChange={(event) => {
            setCount(Number(event.target.value))
          }}
        >
          {COUNTS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <div className="noms-groupes">
        {groupNumbers.map((n) => (
          <div className="champ" key={n}>
            <label htmlFor={`${id}-nom-${n}`}>{texts.groupName(n)}</label>
            <input
              id={`${id}-nom-${n}`}
              type="text"
              maxLength={BREAKOUT_GROUP_NAME_MAX_LENGTH}
              placeholder={texts.defaultName(n)}
              value={nameOf(n)}
              onChange={(event) => {
                const next = [...names]
                next[n - 1] = event.target.value
                setNames(next)
              }}
            />
          </div>
        ))}
      </div>
      <fieldset className="champ">
        <legend>{texts.split}</legend>
        {(['aleatoire', 'choisi'] as const).map((value) => (
          <label key={value} className="choix">
            <input
              type="radio"
              name={`${id}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value)
              }}
            />{' '}
            {value === 'aleatoire' ? texts.random : texts.chosen}
          </label>
        ))}
      </fieldset>
      {mode === 'choisi' &&
        (props.present.length === 0 ? (
          <p className="aide">{texts.nobodyPresent}</p>
        ) : (
          <ul className="repartition-choisie">
            {props.present.map((person) => (
              <li key={person.accountId} className="champ">
                <label htmlFor={`${id}-personne-${person.accountId}`}>
                  {texts.personGroup(person.name)}
                </label>
                <select
                  id={`${id}-personne-${person.accountId}`}
                  value={chosen.get(person.accountId) ?? 0}
                  onChange={(event) => {
                    const next = new Map(chosen)
                    next.set(person.accountId, Number(event.target.value))
                    setChosen(next)
                  }}
                >
                  <option value={0}>{texts.noGroup}</option>
                  {groupNumbers.map((n) => (
                    <option key={n} value={n}>
                      {nameOf(n).trim() === '' ? texts.defaultName(n) : nameOf(n)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        ))}
      <div className="champ">
        <label htmlFor={`${id}-duree`}>{texts.duration}</label>
        <input
          id={`${id}-duree`}
          type="number"
          inputMode="numeric"
          min={1}
          max={BREAKOUT_MAX_MINUTES}
          value={minutes}
          aria-describedby={`${id}-fin`}
          onChange={(event) => {
            setMinutes(event.target.value)
            const typed = Number.parseInt(event.target.value, 10)
            setEndTime(
              Number.isInteger(typed) && typed >= 1 && typed <= BREAKOUT_MAX_MINUTES
                ? formatParisTime(new Date(Date.now() + typed * 60_000).toISOString())
                : null,
            )
          }}
        />
        <p id={`${id}-fin`} className="aide">
          {endTime === null ? texts.noDuration : texts.durationHint(endTime)}
        </p>
      </div>
      <button type="submit" className="bouton-principal" disabled={props.pending}>
        {props.pending ? texts.starting : texts.start}
      </button>
    </form>
  )
}
