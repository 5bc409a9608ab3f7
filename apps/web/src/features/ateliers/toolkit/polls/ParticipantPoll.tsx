import { useId, useState, type SyntheticEvent, type ReactNode } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AtelierPollAnswerBody, AtelierPollLiveView } from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { messageOf } from '../../../../api/ApiError.ts'
import { PollBars } from './PollBars.tsx'
import { ownAnswer, sendAnswer } from './pollsApi.ts'
import { pollTexts as texts } from './texts.ts'

/**
 * A launched poll as a participant sees it: the question, the answer form while it is open
 * (for seat holders and facilitators; « Votre réponse est enregistrée » once sent, changeable
 * until it closes), the number of answers live, and the results once revealed.
 */
export function ParticipantPoll(props: {
  atelierId: string
  poll: AtelierPollLiveView
  participant: boolean
}): ReactNode {
  const { poll, atelierId } = props
  const titleId = useId()
  return (
    <article className="sondage-direct" aria-labelledby={titleId}>
      <h3 id={titleId}>{poll.question}</h3>
      <p className="aide">
        {poll.state === 'open' ? texts.states.open : texts.closedNotice} ·{' '}
        {texts.answers(poll.answerCount)}
      </p>
      {props.participant ? (
        <AnswerForm atelierId={atelierId} poll={poll} />
      ) : (
        poll.state === 'open' && <p className="aide">{texts.watchOnly}</p>
      )}
      {poll.revealed && poll.results !== undefined ? (
        <PollBars results={poll.results} />
      ) : (
        <p className="aide">{texts.waitResults}</p>
      )}
    </article>
  )
}

function AnswerForm(props: { atelierId: string; poll: AtelierPollLiveView }): ReactNode {
  const { poll, atelierId } = props
  const api = useApi()
  const client = useQueryClient()
  const key = ['atelier-poll-answer', atelierId, poll.id]
  const own = useQuery({ queryKey: key, queryFn: () => ownAnswer(api, atelierId, poll.id) })
  // Untouched (null), the form shows the answer saved.
  const [edited, setDraft] = useState<AtelierPollAnswerBody | null>(null)
  const [invalid, setInvalid] = useState(false)
  const saved = own.data?.answer ?? null
  const draft = edited ?? saved ?? {}
  const send = useMutation({
    mutationFn: (body: AtelierPollAnswerBody) => sendAnswer(api, atelierId, poll.id, body),
    onSuccess: (view) => client.setQueryData(key, view),
  })
  const open = poll.state === 'open'
  const groupId = useId()

  function submit(event: SyntheticEvent): void {
    event.preventDefault()
    const body = bodyOf(poll, draft)
    setInvalid(body === null)
    if (body !== null) send.mutate(body)
  }

  return (
    <form className="formulaire-sondage" onSubmit={submit} noValidate>
      <fieldset disabled={!open || send.isPending} aria-describedby={groupId}>
        <legend>{poll.kind === 'scale' ? texts.scaleLegend : texts.yourAnswer}</legend>
        <Choices poll={poll} draft={draft} onChange={setDraft} />
      </fieldset>
      <p id={groupId} role="status" className="confirmation-sondage">
        {saved !== null && !send.isPending ? texts.saved : ''}
      </p>
      {invalid && (
        <p className="erreur" role="alert">
          {texts.chooseOne}
        </p>
      )}
      {send.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(send.error)}
        </p>
      )}
      {open && (
        <button type="submit" className="bouton-principal" disabled={send.isPending}>
          {saved === null ? texts.send : texts.change}
        </button>
      )}
    </form>
  )
}

function Choices(props: {
  poll: AtelierPollLiveView
  draft: AtelierPollAnswerBody
  onChange: (draft: AtelierPollAnswerBody) => void
}): ReactNode {
  const { poll, draft, onChange } = props
  const name = useId()
  if (poll.kind === 'open') {
    return (
      <div className="champ">
        <label htmlFor={name}>{texts.openText}</label>
        <textarea
          id={name}
          maxLength={280}
          rows={3}
          value={draft.text ?? ''}
          onChange={(event) => {
            onChange({ text: event.target.value })
          }}
        />
      </div>
    )
  }
  if (poll.kind === 'scale') {
    return (
      <div className="echelle-sondage">
        {[1, 2, 3, 4, 5].map((level) => (
          <label key={level}>
            <input
              type="radio"
              name={name}
              checked={draft.value === level}
              onChange={() => {
                onChange({ value: level })
              }}
            />{' '}
            {level}
          </label>
        ))}
      </div>
    )
  }
  const chosen = draft.choices ?? []
  return (
    <div className="options-sondage">
      {poll.options.map((option) => (
        <label key={option.id}>
          <input
            type={poll.kind === 'single' ? 'radio' : 'checkbox'}
            name={name}
            checked={chosen.includes(option.id)}
            onChange={(event) => {
              if (poll.kind === 'single') onChange({ choices: [option.id] })
              else if (event.target.checked) onChange({ choices: [...chosen, option.id] })
              else onChange({ choices: chosen.filter((id) => id !== option.id) })
            }}
          />{' '}
          {option.label}
        </label>
      ))}
    </div>
  )
}

/** The body to send for the poll's kind, or null when nothing is chosen. */
function bodyOf(
  poll: AtelierPollLiveView,
  draft: AtelierPollAnswerBody,
): AtelierPollAnswerBody | null {
  if (poll.kind === 'open') {
    const text = (draft.text ?? '').trim()
    return text === '' ? null : { text }
  }
  if (poll.kind === 'scale') return draft.value === undefined ? null : { value: draft.value }
  const choices = draft.choices ?? []
  return choices.length === 0 ? null : { choices }
}
