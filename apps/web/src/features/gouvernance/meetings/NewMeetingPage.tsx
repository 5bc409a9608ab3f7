import { useState, type ReactNode } from 'react'
import { Link, useNavigate } from 'react-router'
import type { MeetingCreateBody } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { TextField } from '../../../ui/TextField.tsx'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { newMeetingTexts as texts } from './texts.ts'
import { useCreateMeeting, useMeetings } from './useMeetings.ts'

const FIELD_IDS = {
  instanceId: 'seance-instance',
  title: 'seance-titre',
  date: 'seance-date',
  time: 'seance-heure',
  durationMinutes: 'seance-duree',
  place: 'seance-lieu',
  visioLink: 'seance-visio',
} as const

interface FormInput {
  instanceId: string
  title: string
  date: string
  time: string
  duration: string
  place: string
  visioLink: string
}

const EMPTY: FormInput = {
  instanceId: '',
  title: '',
  date: '',
  time: '',
  duration: '120',
  place: '',
  visioLink: '',
}

/** What the browser checks before sending; the server checks everything again. */
function validate(input: FormInput): { body?: MeetingCreateBody; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  if (input.instanceId === '') errors['instanceId'] = texts.required('l’instance')
  if (input.title.trim() === '') errors['title'] = texts.required('l’intitulé')
  if (input.date === '') errors['date'] = texts.required('la date')
  if (input.time === '') errors['time'] = texts.required('l’heure')
  const duration = Number(input.duration)
  if (!Number.isInteger(duration) || duration < 15 || duration > 720) {
    errors['durationMinutes'] = 'Indiquez une durée entre 15 et 720 minutes.'
  }
  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    body: {
      instanceId: input.instanceId,
      title: input.title.trim(),
      date: input.date,
      time: input.time,
      durationMinutes: duration,
      ...(input.place.trim() === '' ? {} : { place: input.place.trim() }),
      ...(input.visioLink.trim() === '' ? {} : { visioLink: input.visioLink.trim() }),
    },
  }
}

/** « Nouvelle séance »: instance, intitulé, date and time (Paris), place and visio link. */
export function NewMeetingPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const navigate = useNavigate()
  const meetings = useMeetings()
  const create = useCreateMeeting()
  const [input, setInput] = useState<FormInput>(EMPTY)
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  if (meetings.isPending) return <Loading label={texts.pageTitle} />
  if (meetings.isError) {
    return <ErrorNotice error={meetings.error} onRetry={() => void meetings.refetch()} />
  }
  const serverErrors = fieldErrors(create.error)
  const errors = Object.keys(serverErrors).length > 0 ? serverErrors : checked
  const set = (key: keyof FormInput) => (value: string) => {
    setInput((previous) => ({ ...previous, [key]: value }))
  }

  function handleSubmit(): void {
    const result = validate(input)
    create.reset()
    if (result.body === undefined) {
      setChecked(result.errors)
      setAttempt((previous) => previous + 1)
      return
    }
    setChecked({})
    create.mutate(result.body, {
      onSuccess: (meeting) => void navigate(`/gouvernance/seances/${meeting.id}`),
      onError: () => {
        setAttempt((previous) => previous + 1)
      },
    })
  }

  const instances = meetings.data.creatableInstances
  return (
    <div className="page-etroite page-nouvelle-seance">
      <p>
        <Link to="/gouvernance/seances">{texts.back}</Link>
      </p>
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      {instances.length === 0 ? (
        <p>{texts.noInstance}</p>
      ) : (
        <>
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
            <div className="champ">
              <label htmlFor={FIELD_IDS.instanceId}>{texts.instance}</label>
              {errors['instanceId'] !== undefined && (
                <p className="message-erreur" id={`${FIELD_IDS.instanceId}-erreur`}>
                  {errors['instanceId']}
                </p>
              )}
              <select
                id={FIELD_IDS.instanceId}
                value={input.instanceId}
                aria-invalid={errors['instanceId'] !== undefined}
                aria-describedby={
                  errors['instanceId'] === undefined ? undefined : `${FIELD_IDS.instanceId}-erreur`
                }
                onChange={(event) => {
                  set('instanceId')(event.target.value)
                }}
              >
                <option value="">{texts.chooseInstance}</option>
                {instances.map((instance) => (
                  <option key={instance.id} value={instance.id}>
                    {instance.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={FIELD_IDS.title}
              label={texts.title}
              value={input.title}
              maxLength={200}
              error={errors['title']}
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
                error={errors['date']}
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
                error={errors['time']}
                onChange={(event) => {
                  set('time')(event.target.value)
                }}
              />
              <TextField
                id={FIELD_IDS.durationMinutes}
                label={texts.duration}
                type="number"
                inputMode="numeric"
                min={15}
                step={15}
                value={input.duration}
                error={errors['durationMinutes']}
                onChange={(event) => {
                  set('duration')(event.target.value)
                }}
              />
            </div>
            <TextField
              id={FIELD_IDS.place}
              label={texts.place}
              value={input.place}
              maxLength={300}
              error={errors['place']}
              onChange={(event) => {
                set('place')(event.target.value)
              }}
            />
            <TextField
              id={FIELD_IDS.visioLink}
              label={texts.visioLink}
              type="url"
              value={input.visioLink}
              hint={texts.visioHint}
              error={errors['visioLink']}
              onChange={(event) => {
                set('visioLink')(event.target.value)
              }}
            />
            <button type="submit" className="bouton-principal" disabled={create.isPending}>
              {create.isPending ? texts.submitting : texts.submit}
            </button>
          </form>
        </>
      )}
    </div>
  )
}
