import { Link } from 'react-router'
import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react'
import type { VeilleItemBody } from '@maillage/protocol'
import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import { ApiError, messageOf } from '../../api/ApiError.ts'
import { CheckboxOptions } from '../../ui/CheckboxOptions.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { TextField } from '../../ui/TextField.tsx'
import { veilleTexts } from './texts.ts'
import { CLPE_TERRITORY_OPTIONS, WIDE_TERRITORY_OPTIONS } from './veilleTerritoryOptions.ts'

const EMPTY: VeilleItemBody = {
  title: '',
  url: '',
  source: '',
  publishedOn: '',
  summary: '',
  thematiques: [],
  territories: [],
}

const REQUIRED = ['title', 'url', 'source', 'publishedOn'] as const

/**
 * The form of an item, to propose one or change one: title, address, source, date, summary,
 * thématiques and territories. Required fields are checked here, the rest by the server; errors
 * show beside their field and in a summary that takes the focus. A duplicate links to the item
 * the veille already has.
 */
export function VeilleItemForm(props: {
  heading: string
  intro?: string
  initial?: VeilleItemBody
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (body: VeilleItemBody) => void
  onCancel: () => void
}): ReactNode {
  const [body, setBody] = useState<VeilleItemBody>(props.initial ?? EMPTY)
  const [checked, setChecked] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  const base = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // The form appears in place of a button: the keyboard and the screen reader move to it.
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const ids = {
    title: `${base}-titre`,
    url: `${base}-adresse`,
    source: `${base}-source`,
    publishedOn: `${base}-date`,
    summary: `${base}-resume`,
    thematiques: `${base}-thematiques`,
    territories: `${base}-territoires`,
  }
  // A duplicate's details name the item already there (linked below), not fields at fault.
  const duplicatePath =
    props.error instanceof ApiError && props.error.code === 'VEILLE_DUPLICATE'
      ? props.error.details['existingPath']
      : undefined
  const fromApi = duplicatePath === undefined ? fieldErrors(props.error) : {}
  const errorOf = (field: string): string | undefined => checked[field] ?? fromApi[field]
  const set = <K extends keyof VeilleItemBody>(key: K, value: VeilleItemBody[K]): void => {
    setBody((previous) => ({ ...previous, [key]: value }))
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const missing: Record<string, string> = {}
    for (const field of REQUIRED)
      if (body[field].trim() === '') missing[field] = veilleTexts.required
    setChecked(missing)
    setAttempt((count) => count + 1)
    if (Object.keys(missing).length === 0) props.onSubmit(body)
  }

  const errors =
    duplicatePath !== undefined && Object.keys(checked).length === 0
      ? [{ message: messageOf(props.error) }]
      : formErrorsOf({
          apiError: Object.keys(checked).length > 0 ? null : props.error,
          fieldIds: ids,
          checked,
        })

  return (
    <form
      className="carte formulaire-veille"
      noValidate
      onSubmit={handleSubmit}
      aria-labelledby={`${base}-titre-formulaire`}
    >
      <h2 id={`${base}-titre-formulaire`} ref={heading} tabIndex={-1}>
        {props.heading}
      </h2>
      {props.intro !== undefined && <p className="aide">{props.intro}</p>}
      <ErrorSummary errors={errors} attempt={attempt} />
      {duplicatePath !== undefined && (
        <p>
          <Link to={duplicatePath}>{veilleTexts.duplicate}</Link>
        </p>
      )}
      <TextField
        id={ids.title}
        label={veilleTexts.fieldTitle}
        value={body.title}
        maxLength={300}
        required
        error={errorOf('title')}
        onChange={(event) => {
          set('title', event.target.value)
        }}
      />
      <TextField
        id={ids.url}
        label={veilleTexts.fieldUrl}
        hint={veilleTexts.fieldUrlHint}
        type="url"
        inputMode="url"
        value={body.url}
        maxLength={2000}
        required
        error={errorOf('url')}
        onChange={(event) => {
          set('url', event.target.value)
        }}
      />
      <TextField
        id={ids.source}
        label={veilleTexts.fieldSource}
        hint={veilleTexts.fieldSourceHint}
        value={body.source}
        maxLength={200}
        required
        error={errorOf('source')}
        onChange={(event) => {
          set('source', event.target.value)
        }}
      />
      <TextField
        id={ids.publishedOn}
        label={veilleTexts.fieldPublishedOn}
        type="date"
        value={body.publishedOn}
        required
        error={errorOf('publishedOn')}
        onChange={(event) => {
          set('publishedOn', event.target.value)
        }}
      />
      <div className={errorOf('summary') === undefined ? 'champ' : 'champ champ-en-erreur'}>
        <label htmlFor={ids.summary}>{veilleTexts.fieldSummary}</label>
        <p className="aide" id={`${ids.summary}-aide`}>
          {veilleTexts.fieldSummaryHint}
        </p>
        <textarea
          id={ids.summary}
          rows={4}
          maxLength={3000}
          value={body.summary}
          aria-describedby={`${ids.summary}-aide`}
          aria-invalid={errorOf('summary') !== undefined}
          onChange={(event) => {
            set('summary', event.target.value)
          }}
        />
        {errorOf('summary') !== undefined && <p className="message-erreur">{errorOf('summary')}</p>}
      </div>
      <fieldset id={ids.thematiques} className="champ">
        <legend>{veilleTexts.fieldThematiques}</legend>
        <CheckboxOptions
          options={THEMATIQUE_OPTIONS}
          chosen={body.thematiques ?? []}
          onChange={(chosen) => {
            set('thematiques', chosen)
          }}
        />
      </fieldset>
      <fieldset id={ids.territories} className="champ" aria-describedby={`${ids.territories}-aide`}>
        <legend>{veilleTexts.fieldTerritories}</legend>
        <p className="aide" id={`${ids.territories}-aide`}>
          {veilleTexts.fieldTerritoriesHint}
        </p>
        <CheckboxOptions
          options={WIDE_TERRITORY_OPTIONS}
          chosen={body.territories ?? []}
          onChange={(chosen) => {
            set('territories', chosen)
          }}
        />
        <details>
          <summary>{veilleTexts.clpeGroup}</summary>
          <CheckboxOptions
            options={CLPE_TERRITORY_OPTIONS}
            chosen={body.territories ?? []}
            onChange={(chosen) => {
              set('territories', chosen)
            }}
          />
        </details>
      </fieldset>
      <div className="actions-formulaire">
        <button type="submit" className="bouton-principal" disabled={props.pending}>
          {props.pending ? veilleTexts.saving : props.submitLabel}
        </button>
        <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
          {veilleTexts.cancel}
        </button>
      </div>
    </form>
  )
}
