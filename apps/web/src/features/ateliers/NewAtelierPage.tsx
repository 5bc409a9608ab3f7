import { useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS, type ChoiceOption } from '@maillage/schema'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { atelierTexts, newAtelierTexts as texts } from './texts.ts'
import { useCreateAtelier } from './useAteliers.ts'
import { validateAtelierForm, type AtelierFormInput } from './validateAtelierForm.ts'
import '../../styles/ateliers.css'

const EMPTY: AtelierFormInput = {
  title: '',
  date: '',
  time: '',
  duration: '60',
  format: '',
  theme: '',
  intervenants: '',
  visioLink: '',
  capacity: '0',
}

// The id of each field's control (keyed as the body), in the order of the form, for the summary.
const FIELD_IDS = {
  title: 'atelier-titre',
  date: 'atelier-date',
  time: 'atelier-heure',
  durationMinutes: 'atelier-duree',
  format: 'atelier-format',
  theme: 'atelier-theme',
  intervenants: 'atelier-intervenants',
  visioLink: 'atelier-visio',
  capacity: 'atelier-places',
} as const

/**
 * The form « Nouvel atelier »: the essentials to publish it; the rest is co-edited afterwards. A
 * refused submission shows the error summary, which takes the focus.
 */
export function NewAtelierPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const navigate = useNavigate()
  const create = useCreateAtelier()
  const [input, setInput] = useState<AtelierFormInput>(EMPTY)
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  // The server's messages for what it refused, else the form's own.
  const serverErrors = fieldErrors(create.error)
  const errors = Object.keys(serverErrors).length > 0 ? serverErrors : checked
  const set = (key: keyof AtelierFormInput) => (value: string) => {
    setInput((previous) => ({ ...previous, [key]: value }))
  }

  function handleSubmit(): void {
    const result = validateAtelierForm(input, new Date())
    create.reset()
    if (result.body === undefined) {
      setChecked(result.errors)
      setAttempt((previous) => previous + 1)
      return
    }
    setChecked({})
    create.mutate(result.body, {
      onSuccess: (atelier) => void navigate(`/ateliers/${atelier.id}`),
      onError: () => {
        setAttempt((previous) => previous + 1)
      },
    })
  }

  return (
    <div className="page-etroite page-nouvel-atelier">
      <p>
        <Link to="/ateliers">{atelierTexts.backToProgramme}</Link>
      </p>
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p>{texts.intro}</p>
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          handleSubmit()
        }}
      >
        <ErrorSummary
          errors={formErrorsOf({ apiError: create.error, fieldIds: FIELD_IDS, checked })}
          attempt={attempt}
        />
        <TextField
          id={FIELD_IDS.title}
          label={texts.title}
          value={input.title}
          maxLength={200}
          error={errors.title}
          onChange={(event) => {
            set('title')(event.target.value)
          }}
        />
        <div className="champs-cote-a-cote">
          <TextField
            id={FIELD_IDS.date}
            label={texts.date}
            type="date"
            value={input.date}
            error={errors.date}
            onChange={(event) => {
              set('date')(event.target.value)
            }}
          />
          <TextField
            id={FIELD_IDS.time}
            label={texts.time}
            type="time"
            value={input.time}
            hint={texts.timeHint}
            error={errors.time}
            onChange={(event) => {
              set('time')(event.target.value)
            }}
          />
          <TextField
            id={FIELD_IDS.durationMinutes}
            label={texts.duration}
            type="number"
            inputMode="numeric"
            min={1}
            step={5}
            value={input.duration}
            error={errors.durationMinutes}
            onChange={(event) => {
              set('duration')(event.target.value)
            }}
          />
        </div>
        <Choice
          id={FIELD_IDS.format}
          label={texts.format}
          options={ATELIER_FORMAT_OPTIONS}
          value={input.format}
          error={errors.format}
          onChange={set('format')}
        />
        <Choice
          id={FIELD_IDS.theme}
          label={texts.theme}
          options={ATELIER_THEME_OPTIONS}
          value={input.theme}
          error={errors.theme}
          onChange={set('theme')}
        />
        <TextField
          id={FIELD_IDS.intervenants}
          label={texts.intervenants}
          value={input.intervenants}
          hint={texts.intervenantsHint}
          error={errors.intervenants}
          onChange={(event) => {
            set('intervenants')(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.visioLink}
          label={texts.visioLink}
          type="url"
          value={input.visioLink}
          hint={texts.visioHint}
          error={errors.visioLink}
          onChange={(event) => {
            set('visioLink')(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.capacity}
          label={texts.capacity}
          type="number"
          inputMode="numeric"
          min={0}
          value={input.capacity}
          hint={texts.capacityHint}
          error={errors.capacity}
          onChange={(event) => {
            set('capacity')(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? texts.submitting : texts.submit}
        </button>
      </form>
    </div>
  )
}

function Choice(props: {
  id: string
  label: string
  options: readonly ChoiceOption[]
  value: string
  error: string | undefined
  onChange: (value: string) => void
}): ReactNode {
  const errorId = `${props.id}-erreur`
  return (
    <div className={props.error === undefined ? 'champ' : 'champ champ-en-erreur'}>
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={props.error === undefined ? undefined : errorId}
        onChange={(event) => {
          props.onChange(event.target.value)
        }}
      >
        <option value="">{texts.choose}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {props.error !== undefined && (
        <p className="message-erreur" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  )
}
