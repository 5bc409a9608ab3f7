import { useId, useState, type ReactNode } from 'react'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { maturityTexts } from './texts.ts'
import { useCreateCampaign } from './useMaturity.ts'

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** What the form checks before asking the server, by field name (the server checks again). */
function checkCampaign(values: {
  title: string
  opensAt: string
  closesAt: string
}): Readonly<Record<string, string>> {
  const errors: Record<string, string> = {}
  if (values.title.trim() === '') errors.title = maturityTexts.titleRequired
  if (!DAY.test(values.opensAt)) errors.opensAt = maturityTexts.opensAtRequired
  if (!DAY.test(values.closesAt)) errors.closesAt = maturityTexts.closesAtRequired
  else if (DAY.test(values.opensAt) && values.closesAt < values.opensAt) {
    errors.closesAt = maturityTexts.closesBeforeOpens
  }
  return errors
}

/** The regional team opens a campaign: its title and its period. */
export function NewCampaignForm(): ReactNode {
  const create = useCreateCampaign()
  const [title, setTitle] = useState('')
  const [opensAt, setOpensAt] = useState('')
  const [closesAt, setClosesAt] = useState('')
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const [created, setCreated] = useState<string | null>(null)
  const ids = { title: useId(), opensAt: useId(), closesAt: useId() }
  const headingId = useId()
  const errors = { ...fieldErrors(create.error), ...checked }

  return (
    <section className="carte" aria-labelledby={headingId}>
      <h2 id={headingId}>{maturityTexts.newHeading}</h2>
      <p className="aide">{maturityTexts.newHelp}</p>
      <form
        className="formulaire"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          const values = { title: title.trim(), opensAt, closesAt }
          const found = checkCampaign(values)
          setChecked(found)
          setCreated(null)
          if (Object.keys(found).length > 0) {
            create.reset()
            setAttempt((previous) => previous + 1)
            return
          }
          create.mutate(values, {
            onSuccess: (campaign) => {
              setCreated(campaign.title)
              setTitle('')
              setOpensAt('')
              setClosesAt('')
            },
            onError: () => {
              setAttempt((previous) => previous + 1)
            },
          })
        }}
      >
        <ErrorSummary
          errors={formErrorsOf({ apiError: create.error, fieldIds: ids, checked })}
          attempt={attempt}
        />
        <TextField
          id={ids.title}
          label={maturityTexts.campaignTitle}
          hint={maturityTexts.campaignTitleHint}
          value={title}
          maxLength={200}
          error={errors.title}
          onChange={(event) => {
            setTitle(event.target.value)
          }}
        />
        <TextField
          id={ids.opensAt}
          type="date"
          label={maturityTexts.opensAt}
          value={opensAt}
          error={errors.opensAt}
          onChange={(event) => {
            setOpensAt(event.target.value)
          }}
        />
        <TextField
          id={ids.closesAt}
          type="date"
          label={maturityTexts.closesAt}
          value={closesAt}
          error={errors.closesAt}
          onChange={(event) => {
            setClosesAt(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={create.isPending}>
          {create.isPending ? maturityTexts.creating : maturityTexts.create}
        </button>
        <p role="status" className="succes">
          {created === null ? '' : maturityTexts.created(created)}
        </p>
      </form>
    </section>
  )
}
