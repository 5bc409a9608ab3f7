import { useState, type SubmitEvent, type ReactNode } from 'react'
import { messageOf } from '../../../api/ApiError.ts'
import { decisionTexts as texts } from './texts.ts'
import { useAddDecision } from './useDecisions.ts'

/** A decision typed into the register, for the managers of at least one instance. */
export function AddDecisionForm(props: {
  instances: readonly { readonly id: string; readonly name: string }[]
}): ReactNode {
  const add = useAddDecision()
  const [instanceId, setInstanceId] = useState(props.instances[0]?.id ?? '')
  const [decidedOn, setDecidedOn] = useState(() => new Date().toISOString().slice(0, 10))
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [dueOn, setDueOn] = useState('')
  const [done, setDone] = useState(false)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    setDone(false)
    add.mutate(
      {
        instanceId,
        decidedOn,
        text,
        ...(owner.trim() === '' ? {} : { owner: { name: owner.trim() } }),
        ...(dueOn === '' ? {} : { dueOn }),
      },
      {
        onSuccess: () => {
          setText('')
          setOwner('')
          setDueOn('')
          setDone(true)
        },
      },
    )
  }

  return (
    <details className="carte ajout-decision">
      <summary>{texts.add}</summary>
      <form onSubmit={handleSubmit} aria-labelledby="titre-ajout-decision">
        <h2 id="titre-ajout-decision">{texts.addHeading}</h2>
        <div className="champ">
          <label htmlFor="ajout-instance">{texts.addInstance}</label>
          <select
            id="ajout-instance"
            value={instanceId}
            onChange={(event) => {
              setInstanceId(event.target.value)
            }}
          >
            {props.instances.map((instance) => (
              <option key={instance.id} value={instance.id}>
                {instance.name}
              </option>
            ))}
          </select>
        </div>
        <div className="champ">
          <label htmlFor="ajout-date">{texts.addDate}</label>
          <input
            id="ajout-date"
            type="date"
            required
            value={decidedOn}
            onChange={(event) => {
              setDecidedOn(event.target.value)
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="ajout-texte">{texts.addText}</label>
          <textarea
            id="ajout-texte"
            required
            maxLength={4000}
            rows={3}
            value={text}
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="ajout-responsable">{texts.addOwner}</label>
          <input
            id="ajout-responsable"
            type="text"
            maxLength={120}
            value={owner}
            onChange={(event) => {
              setOwner(event.target.value)
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="ajout-echeance">{texts.addDue}</label>
          <input
            id="ajout-echeance"
            type="date"
            value={dueOn}
            onChange={(event) => {
              setDueOn(event.target.value)
            }}
          />
        </div>
        <button type="submit" className="bouton-principal" disabled={add.isPending}>
          {add.isPending ? texts.working : texts.addSubmit}
        </button>
        <p role="status">{done ? texts.added : ''}</p>
        {add.isError && (
          <p className="erreur" role="alert">
            {messageOf(add.error)}
          </p>
        )}
      </form>
    </details>
  )
}
