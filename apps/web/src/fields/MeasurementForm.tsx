import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react'
import { ApiError, messageOf } from '../api/ApiError.ts'
import { useAddMeasurement } from '../api/useAddMeasurement.ts'
import { TextField } from '../ui/TextField.tsx'
import { formatShortDate } from '../ui/formatDate.ts'
import { measurementTexts } from './measurementTexts.ts'
import {
  todayIsoDay,
  validateMeasurement,
  type MeasurementDraft,
  type MeasurementErrors,
} from './validateMeasurement.ts'
import '../styles/measurementForm.css'

/** The indicator a form adds measurements to, and how to name it. */
export interface MeasuredIndicator {
  readonly documentId: string
  readonly indicatorId: string
  readonly label: string
  readonly unit: string
}

/**
 * « Saisir une nouvelle mesure » under an indicator (on the fiche and on the dashboard): a button
 * that opens a small form titled « Nouvelle mesure » (date, today by default; value; comment),
 * checked as it is sent; the server writes the measurement into the fiche with who and when.
 * Success is said politely and the focus goes back to the button.
 */
export function MeasurementForm(props: { indicator: MeasuredIndicator }): ReactNode {
  const { indicator } = props
  const [open, setOpen] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const button = useRef<HTMLButtonElement>(null)
  const formId = useId()

  function close(message: string): void {
    setOpen(false)
    setAnnouncement(message)
    button.current?.focus()
  }

  return (
    <div className="ajout-mesure">
      <button
        ref={button}
        type="button"
        className="bouton-secondaire"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setAnnouncement('')
          setOpen(!open)
        }}
      >
        {measurementTexts.open}
        <span className="visuellement-cache"> {measurementTexts.ofIndicator(indicator.label)}</span>
      </button>
      {open && (
        <MeasurementFields
          id={formId}
          indicator={indicator}
          onSaved={close}
          onCancel={() => {
            close('')
          }}
        />
      )}
      <p role="status" className="succes">
        {announcement}
      </p>
    </div>
  )
}

const EMPTY_ERRORS: MeasurementErrors = {}

function MeasurementFields(props: {
  id: string
  indicator: MeasuredIndicator
  onSaved: (message: string) => void
  onCancel: () => void
}): ReactNode {
  const { indicator } = props
  const add = useAddMeasurement(indicator.documentId, indicator.indicatorId)
  const todayIso = todayIsoDay()
  const [draft, setDraft] = useState<MeasurementDraft>({
    date: todayIso,
    valeur: '',
    commentaire: '',
  })
  const [checked, setChecked] = useState<MeasurementErrors>(EMPTY_ERRORS)
  const form = useRef<HTMLFormElement>(null)
  const titleId = useId()
  const errors = { ...serverFieldErrors(add.error), ...checked }
  const generalError = add.isError && Object.keys(serverFieldErrors(add.error)).length === 0

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input')?.focus()
  }, [])

  function change(name: keyof MeasurementDraft, value: string): void {
    setDraft((previous) => ({ ...previous, [name]: value }))
    if (add.isError) add.reset()
    if (checked[name] !== undefined) setChecked((previous) => ({ ...previous, [name]: undefined }))
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const result = validateMeasurement(draft, todayIso)
    if ('errors' in result) {
      setChecked(result.errors)
      window.requestAnimationFrame(() => {
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      })
      return
    }
    setChecked(EMPTY_ERRORS)
    add.mutate(result.input, {
      onSuccess: (saved) => {
        const value = `${saved.valeur.toLocaleString('fr-FR')} ${indicator.unit}`.trim()
        props.onSaved(measurementTexts.saved(indicator.label, value, formatShortDate(saved.date)))
      },
    })
  }

  return (
    <form
      id={props.id}
      ref={form}
      className="formulaire-mesure"
      aria-labelledby={titleId}
      noValidate
      onSubmit={handleSubmit}
    >
      <p id={titleId} className="titre-formulaire-mesure">
        {measurementTexts.formTitle}
        <span className="visuellement-cache"> {measurementTexts.ofIndicator(indicator.label)}</span>
      </p>
      <TextField
        label={measurementTexts.date}
        type="date"
        max={todayIso}
        required
        value={draft.date}
        error={errors.date}
        onChange={(event) => {
          change('date', event.target.value)
        }}
      />
      <TextField
        label={measurementTexts.value(indicator.unit)}
        inputMode="decimal"
        autoComplete="off"
        required
        value={draft.valeur}
        error={errors.valeur}
        onChange={(event) => {
          change('valeur', event.target.value)
        }}
      />
      <TextField
        label={measurementTexts.comment}
        hint={measurementTexts.commentHint}
        autoComplete="off"
        value={draft.commentaire}
        error={errors.commentaire}
        onChange={(event) => {
          change('commentaire', event.target.value)
        }}
      />
      {generalError && (
        <p className="erreur" role="alert">
          {messageOf(add.error)}
        </p>
      )}
      <div className="actions-mesure">
        <button type="submit" className="bouton-principal" disabled={add.isPending}>
          {add.isPending ? measurementTexts.saving : measurementTexts.save}
        </button>
        <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
          {measurementTexts.cancel}
        </button>
      </div>
    </form>
  )
}

// The server's refusal of one field (400 with details), shown under that field.
function serverFieldErrors(error: unknown): MeasurementErrors {
  if (!(error instanceof ApiError)) return EMPTY_ERRORS
  const { date, valeur, commentaire } = error.details
  return {
    ...(date === undefined ? {} : { date }),
    ...(valeur === undefined ? {} : { valeur }),
    ...(commentaire === undefined ? {} : { commentaire }),
  }
}
