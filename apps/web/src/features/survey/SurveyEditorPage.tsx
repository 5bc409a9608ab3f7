import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useNavigate, useParams } from 'react-router'
import type {
  SurveyModeName,
  SurveyQuestionInput,
  SurveyQuestionKindName,
  SurveyView,
} from '@maillage/protocol'
import { SpaceKind } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { surveyTexts } from './texts.ts'
import { useChangeSurvey, useSurvey } from './useSurveys.ts'

const KINDS: readonly SurveyQuestionKindName[] = ['likert', 'single', 'multiple', 'text']

/** Preparing a brouillon: questions, CLPE asked, mode; then opening it for a period. */
export function SurveyEditorPage(): ReactNode {
  const { surveyId = '' } = useParams()
  const survey = useSurvey(surveyId)
  usePageTitle(surveyTexts.editorTitle)
  if (survey.isPending) return <Loading label={surveyTexts.loading} />
  if (survey.isError) return <ErrorNotice error={survey.error} />
  return <SurveyEditor key={survey.data.id} survey={survey.data} />
}

function SurveyEditor(props: { survey: SurveyView }): ReactNode {
  const { survey } = props
  const change = useChangeSurvey(survey.id)
  const navigate = useNavigate()
  const spaces = useSpaces()
  const clpe = (spaces.data ?? []).filter((space) => space.kind === SpaceKind.Clpe)
  const [title, setTitle] = useState(survey.title)
  const [introduction, setIntroduction] = useState(survey.introduction)
  const [mode, setMode] = useState<SurveyModeName>(survey.mode)
  const [targets, setTargets] = useState<string[]>([...survey.targetSpaceIds])
  const [questions, setQuestions] = useState<DraftQuestion[]>(
    survey.questions.map((question) => ({
      ...question,
      optionsText: (question.options ?? []).map((option) => option.label).join('\n'),
    })),
  )
  const [opensAt, setOpensAt] = useState(today(0))
  const [closesAt, setClosesAt] = useState(today(30))
  const errors = fieldErrors(change.error)
  // Both forms share one request: a refusal of either shows the summary above them and focuses it.
  const [attempt, setAttempt] = useState(0)
  const savedMessage = useRef<HTMLParagraphElement>(null)
  const ids = {
    title: useId(),
    targetSpaceIds: useId(),
    opensAt: useId(),
    closesAt: useId(),
    ...Object.fromEntries(
      questions.map((_, index) => [`questions.${index}.label`, `libelle-${index}`]),
    ),
  }
  const refused = {
    onError: () => {
      setAttempt((previous) => previous + 1)
    },
  }
  useEffect(() => {
    if (change.isSuccess) savedMessage.current?.focus()
  }, [change.isSuccess])

  function update(index: number, patch: Partial<DraftQuestion>): void {
    setQuestions((previous) => previous.map((q, i) => (i === index ? { ...q, ...patch } : q)))
  }

  return (
    <div className="page-etroite page-proposition">
      <h1 tabIndex={-1}>{surveyTexts.editorTitle}</h1>
      <ErrorSummary
        errors={formErrorsOf({ apiError: change.error, fieldIds: ids })}
        attempt={attempt}
      />
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          change.mutate(
            {
              patch: {
                title: title.trim(),
                introduction,
                mode,
                targetSpaceIds: targets,
                questions: questions.map(toQuestionInput),
              },
            },
            refused,
          )
        }}
      >
        <TextField
          id={ids.title}
          label={surveyTexts.title}
          value={title}
          error={errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <div className="champ">
          <label htmlFor="introduction-enquete">{surveyTexts.introduction}</label>
          <textarea
            id="introduction-enquete"
            rows={3}
            value={introduction}
            onChange={(event) => {
              setIntroduction(event.target.value)
            }}
          />
        </div>
        <fieldset className="champ cases">
          <legend>{surveyTexts.mode}</legend>
          {(['collective', 'individual'] as const).map((value) => (
            <label key={value} className="option">
              <input
                type="radio"
                name="mode"
                checked={mode === value}
                onChange={() => {
                  setMode(value)
                }}
              />{' '}
              {surveyTexts[value]}
            </label>
          ))}
        </fieldset>
        <fieldset className="champ cases" id={ids.targetSpaceIds}>
          <legend>{surveyTexts.targets}</legend>
          {errors.targetSpaceIds !== undefined && (
            <p className="message-erreur">{errors.targetSpaceIds}</p>
          )}
          <label className="option">
            <input
              type="checkbox"
              checked={clpe.length > 0 && targets.length === clpe.length}
              onChange={(event) => {
                setTargets(event.target.checked ? clpe.map((space) => space.id) : [])
              }}
            />{' '}
            {surveyTexts.allClpe}
          </label>
          <CheckboxOptions
            className="options options-colonnes"
            options={clpe.map((space) => ({ value: space.id, label: space.name }))}
            chosen={targets}
            onChange={setTargets}
          />
        </fieldset>
        <fieldset className="champ liste-champ">
          <legend>{surveyTexts.questions}</legend>
          <ol className="elements">
            {questions.map((question, index) => (
              <li key={question.id ?? `nouvelle-${index}`} className="element">
                <fieldset>
                  <legend>
                    {question.toolTitle === undefined
                      ? surveyTexts.question(index + 1)
                      : `${surveyTexts.question(index + 1)} — ${surveyTexts.toolQuestion(question.toolTitle)}`}
                  </legend>
                  <div className="champ">
                    <label htmlFor={`type-${index}`}>{surveyTexts.kind}</label>
                    <select
                      id={`type-${index}`}
                      value={question.kind}
                      onChange={(event) => {
                        update(index, { kind: event.target.value as SurveyQuestionKindName })
                      }}
                    >
                      {KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {surveyTexts.kinds[kind]}
                        </option>
                      ))}
                    </select>
                  </div>
                  <TextField
                    id={`libelle-${index}`}
                    label={surveyTexts.label}
                    value={question.label}
                    error={errors[`questions.${index}.label`]}
                    onChange={(event) => {
                      update(index, { label: event.target.value })
                    }}
                  />
                  {(question.kind === 'single' || question.kind === 'multiple') && (
                    <div className="champ">
                      <label htmlFor={`choix-${index}`}>{surveyTexts.options}</label>
                      <textarea
                        id={`choix-${index}`}
                        rows={3}
                        value={question.optionsText}
                        onChange={(event) => {
                          update(index, { optionsText: event.target.value })
                        }}
                      />
                    </div>
                  )}
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={question.required === true}
                      onChange={(event) => {
                        update(index, { required: event.target.checked })
                      }}
                    />{' '}
                    {surveyTexts.required}
                  </label>
                  <button
                    type="button"
                    className="bouton-secondaire"
                    onClick={() => {
                      setQuestions((previous) => previous.filter((_, i) => i !== index))
                    }}
                  >
                    {surveyTexts.removeQuestion(index + 1)}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="bouton-secondaire"
            onClick={() => {
              setQuestions((previous) => [
                ...previous,
                { kind: 'likert', label: '', required: false, optionsText: '' },
              ])
            }}
          >
            {surveyTexts.addQuestion}
          </button>
        </fieldset>
        <button type="submit" className="bouton-principal" disabled={change.isPending}>
          {change.isPending ? surveyTexts.saving : surveyTexts.save}
        </button>
        {change.isSuccess && (
          <p className="succes" role="status" ref={savedMessage} tabIndex={-1}>
            {surveyTexts.saved}
          </p>
        )}
      </form>
      <section className="carte" aria-labelledby="titre-ouverture">
        <h2 id="titre-ouverture">{surveyTexts.openHeading}</h2>
        <form
          className="formulaire formulaire-en-ligne"
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            change.mutate(
              { open: { opensAt: startOfDay(opensAt), closesAt: endOfDay(closesAt) } },
              { ...refused, onSuccess: () => void navigate('/enquetes') },
            )
          }}
        >
          <TextField
            id={ids.opensAt}
            label={surveyTexts.opensAt}
            type="date"
            value={opensAt}
            error={errors.opensAt}
            onChange={(event) => {
              setOpensAt(event.target.value)
            }}
          />
          <TextField
            id={ids.closesAt}
            label={surveyTexts.closesAt}
            type="date"
            value={closesAt}
            error={errors.closesAt}
            onChange={(event) => {
              setClosesAt(event.target.value)
            }}
          />
          <button type="submit" className="bouton-principal" disabled={change.isPending}>
            {surveyTexts.open}
          </button>
        </form>
      </section>
    </div>
  )
}

/** A question being written: its choices as typed, one per line. */
type DraftQuestion = SurveyQuestionInput & { readonly optionsText: string }

function toQuestionInput(draft: DraftQuestion): SurveyQuestionInput {
  const { optionsText, ...question } = draft
  const withChoices = question.kind === 'single' || question.kind === 'multiple'
  return { ...question, options: withChoices ? optionsFrom(optionsText) : undefined }
}

function optionsFrom(text: string): { value: string; label: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((label) => ({ value: slug(label), label }))
}

function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
}

// A local calendar date (the one people see), `plusDays` from today.
function today(plusDays: number): string {
  const date = new Date(Date.now() + plusDays * 86_400_000)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function startOfDay(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString()
}

function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString()
}
