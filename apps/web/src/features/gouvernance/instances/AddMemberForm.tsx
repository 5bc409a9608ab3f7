import { useState, type ReactNode, type SubmitEvent } from 'react'
import type { CollegeName, MandateChangeView, MemberBody } from '@maillage/protocol'
import { useSpaces } from '../../../api/useSpaces.ts'
import { ErrorSummary } from '../../../ui/ErrorSummary.tsx'
import { fieldErrors } from '../../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../../ui/formErrorsOf.ts'
import { TextField } from '../../../ui/TextField.tsx'
import { COLLEGE_LABELS, COLLEGE_ORDER, instancesTexts as texts } from './texts.ts'
import { useAddMember } from './useInstances.ts'

const FIELD_IDS = {
  name: 'membre-nom',
  body: 'membre-organisme',
  college: 'membre-college',
  clpeSpaceId: 'membre-clpe',
  startsOn: 'membre-debut',
  endsOn: 'membre-fin',
} as const

/** « Ajouter un membre » for the instance's managers; a CLPE seat names its CLPE. */
export function AddMemberForm(props: {
  instanceId: string
  today: string
  onAdded: (change: MandateChangeView) => void
}): ReactNode {
  const add = useAddMember(props.instanceId)
  const spaces = useSpaces()
  const [name, setName] = useState('')
  const [body, setBody] = useState('')
  const [college, setCollege] = useState<CollegeName>('etat')
  const [clpeSpaceId, setClpeSpaceId] = useState('')
  const [startsOn, setStartsOn] = useState(props.today)
  const [endsOn, setEndsOn] = useState('')
  const [attempt, setAttempt] = useState(0)
  const clpeSpaces = (spaces.data ?? []).filter((space) => space.kind === 'clpe')

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const member: MemberBody = {
      name: name.trim(),
      body: body.trim(),
      college,
      startsOn,
      ...(college === 'clpe' && clpeSpaceId !== '' ? { clpeSpaceId } : {}),
      ...(endsOn === '' ? {} : { endsOn }),
    }
    add.mutate(member, {
      onSuccess: (change) => {
        setName('')
        setBody('')
        setClpeSpaceId('')
        setEndsOn('')
        props.onAdded(change)
      },
      onError: () => {
        setAttempt((count) => count + 1)
      },
    })
  }

  const errors = fieldErrors(add.error)
  return (
    <section className="carte" aria-labelledby="ajout-membre">
      <h2 id="ajout-membre">{texts.addTitle}</h2>
      <p className="aide">{texts.addIntro}</p>
      <form noValidate className="formulaire" onSubmit={handleSubmit}>
        <ErrorSummary
          errors={formErrorsOf({ apiError: add.error, fieldIds: FIELD_IDS })}
          attempt={attempt}
        />
        <div className={errors['college'] === undefined ? 'champ' : 'champ champ-en-erreur'}>
          <label htmlFor={FIELD_IDS.college}>{texts.fieldCollege}</label>
          <select
            id={FIELD_IDS.college}
            value={college}
            onChange={(event) => {
              setCollege(event.target.value as CollegeName)
            }}
          >
            {COLLEGE_ORDER.map((option) => (
              <option key={option} value={option}>
                {COLLEGE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {college === 'clpe' && (
          <div className={errors['clpeSpaceId'] === undefined ? 'champ' : 'champ champ-en-erreur'}>
            <label htmlFor={FIELD_IDS.clpeSpaceId}>{texts.fieldClpe}</label>
            <select
              id={FIELD_IDS.clpeSpaceId}
              required
              value={clpeSpaceId}
              aria-invalid={errors['clpeSpaceId'] !== undefined}
              onChange={(event) => {
                const chosen = clpeSpaces.find((space) => space.id === event.target.value)
                setClpeSpaceId(event.target.value)
                if (chosen !== undefined && body.trim() === '') setBody(chosen.name)
              }}
            >
              <option value="">{texts.chooseClpe}</option>
              {clpeSpaces.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </select>
            {errors['clpeSpaceId'] !== undefined && (
              <p className="message-erreur">{errors['clpeSpaceId']}</p>
            )}
          </div>
        )}
        <TextField
          id={FIELD_IDS.name}
          label={texts.fieldName}
          required
          maxLength={200}
          autoComplete="off"
          value={name}
          error={errors['name']}
          onChange={(event) => {
            setName(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.body}
          label={texts.fieldBody}
          required
          maxLength={200}
          value={body}
          error={errors['body']}
          onChange={(event) => {
            setBody(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.startsOn}
          label={texts.fieldStart}
          type="date"
          required
          value={startsOn}
          error={errors['startsOn']}
          onChange={(event) => {
            setStartsOn(event.target.value)
          }}
        />
        <TextField
          id={FIELD_IDS.endsOn}
          label={texts.fieldEnd}
          type="date"
          min={startsOn}
          value={endsOn}
          error={errors['endsOn']}
          onChange={(event) => {
            setEndsOn(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={add.isPending}>
          {add.isPending ? texts.adding : texts.addSubmit}
        </button>
      </form>
    </section>
  )
}
