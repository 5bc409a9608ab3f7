import { useId, useState, type SyntheticEvent, type ReactNode } from 'react'
import type { AtelierPollCreateBody, AtelierPollKindName } from '@maillage/protocol'
import { messageOf } from '../../../../api/ApiError.ts'
import { pollTexts as texts } from './texts.ts'

const KINDS: readonly AtelierPollKindName[] = ['single', 'multiple', 'scale', 'open']

interface OptionDraft {
  readonly label: string
  readonly correct: boolean
}

const EMPTY_OPTIONS: readonly OptionDraft[] = [
  { label: '', correct: false },
  { label: '', correct: false },
]

/**
 * The form of a new poll: its kind, question (300 characters), options for a choice poll (2 to
 * 10, 120 characters, right answers ticked for a quiz) and anonymity. The server checks it all.
 */
export function PollForm(props: {
  onCreate: (body: AtelierPollCreateBody, done: () => void) => void
  isPending: boolean
  error: unknown
}): ReactNode {
  const id = useId()
  const [kind, setKind] = useState<AtelierPollKindName>('single')
  const [question, setQuestion] = useState('')
  const [options, setOptions] = useState<readonly OptionDraft[]>(EMPTY_OPTIONS)
  const [anonymous, setAnonymous] = useState(true)
  const choice = kind === 'single' || kind === 'multiple'

  function submit(event: SyntheticEvent): void {
    event.preventDefault()
    const body: AtelierPollCreateBody = {
      kind,
      question: question.trim(),
      anonymous,
      ...(choice
        ? {
            options: options.map((option) => ({
              label: option.label.trim(),
              ...(option.correct ? { correct: true } : {}),
            })),
          }
        : {}),
    }
    props.onCreate(body, () => {
      setQuestion('')
      setOptions(EMPTY_OPTIONS)
    })
  }

  function change(index: number, patch: Partial<OptionDraft>): void {
    setOptions(options.map((option, at) => (at === index ? { ...option, ...patch } : option)))
  }

  return (
    <form className="formulaire-nouveau-sondage" onSubmit={submit}>
      <h4>{texts.newPoll}</h4>
      <div className="champ">
        <label htmlFor={`${id}-type`}>{texts.kind}</label>
        <select
          id={`${id}-type`}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as AtelierPollKindName)
          }}
        >
          {KINDS.map((value) => (
            <option key={value} value={value}>
              {texts.kinds[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="champ">
        <label htmlFor={`${id}-question`}>{texts.question}</label>
        <input
          id={`${id}-question`}
          required
          maxLength={300}
          value={question}
          onChange={(event) => {
            setQuestion(event.target.value)
          }}
        />
      </div>
      {choice && (
        <ol className="options-a-preparer">
          {options.map((option, index) => (
            <li key={index}>
              <div className="champ">
                <label htmlFor={`${id}-option-${index}`}>{texts.option(index + 1)}</label>
                <input
                  id={`${id}-option-${index}`}
                  required
                  maxLength={120}
                  value={option.label}
                  onChange={(event) => {
                    change(index, { label: event.target.value })
                  }}
                />
              </div>
              <label>
                <input
                  type="checkbox"
                  checked={option.correct}
                  onChange={(event) => {
                    change(index, { correct: event.target.checked })
                  }}
                />{' '}
                {texts.correct}
              </label>
              {options.length > 2 && (
                <button
                  type="button"
                  className="bouton-secondaire"
                  onClick={() => {
                    setOptions(options.filter((_, at) => at !== index))
                  }}
                >
                  {texts.removeOption(index + 1)}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {choice && options.length < 10 && (
        <button
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            setOptions([...options, { label: '', correct: false }])
          }}
        >
          {texts.addOption}
        </button>
      )}
      <label className="case-anonyme">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(event) => {
            setAnonymous(event.target.checked)
          }}
        />{' '}
        {texts.anonymous}
      </label>
      {props.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(props.error)}
        </p>
      )}
      <button type="submit" className="bouton-principal" disabled={props.isPending}>
        {texts.create}
      </button>
    </form>
  )
}
