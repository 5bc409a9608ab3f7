import { useState, type SubmitEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { ApiError } from '../../api/ApiError.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { defaultBilanPeriod, type BilanPeriod } from './defaultBilanPeriod.ts'
import { regionalTexts } from './regionalTexts.ts'
import { useDraftBilan } from './useRegionalView.ts'

type PeriodErrors = Partial<Record<keyof BilanPeriod, string>>

/** Ids of the two date inputs, where the focus goes when one of them is refused. */
const FIELD_IDS: Readonly<Record<keyof BilanPeriod, string>> = {
  periodStart: 'bilan-debut-periode',
  periodEnd: 'bilan-fin-periode',
}

/** The id of the first field `errors` names, if any. */
function firstFieldIdOf(errors: Readonly<Record<string, string>>): string | undefined {
  if (errors.periodStart !== undefined) return FIELD_IDS.periodStart
  if (errors.periodEnd !== undefined) return FIELD_IDS.periodEnd
  return undefined
}

/** What is wrong with the period before it is sent, by field; empty when nothing is. */
function periodErrorsOf(period: BilanPeriod): PeriodErrors {
  if (period.periodStart === '') return { periodStart: regionalTexts.bilanStartMissing }
  if (period.periodEnd === '') return { periodEnd: regionalTexts.bilanEndMissing }
  if (period.periodEnd < period.periodStart) return { periodEnd: regionalTexts.bilanOrder }
  return {}
}

/**
 * « Rédiger le bilan pour le bureau du CoRE »: a period (by default the last six months) that the
 * server turns into a co-editable document of the espace régional, which then opens. The server's
 * refusals (a period it does not accept, no right to draft) are shown under the form.
 */
export function BilanDraftForm(): ReactNode {
  const navigate = useNavigate()
  const draft = useDraftBilan()
  const requestFocus = useFocusRequest()
  const [period, setPeriod] = useState<BilanPeriod>(() => defaultBilanPeriod(new Date()))
  const [errors, setErrors] = useState<PeriodErrors>({})
  const serverDetails = draft.error instanceof ApiError ? draft.error.details : {}

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const found = periodErrorsOf(period)
    setErrors(found)
    const refused = firstFieldIdOf(found)
    if (refused !== undefined) {
      requestFocus(refused)
      return
    }
    draft.mutate(period, {
      onSuccess: ({ documentId }) => {
        void navigate(`/documents/${encodeURIComponent(documentId)}`)
      },
      onError: (error) => {
        const field = error instanceof ApiError ? firstFieldIdOf(error.details) : undefined
        if (field !== undefined) requestFocus(field)
      },
    })
  }

  return (
    <section className="carte" aria-labelledby="titre-bilan-core">
      <h2 id="titre-bilan-core">{regionalTexts.bilanHeading}</h2>
      <p className="aide">{regionalTexts.bilanIntro}</p>
      <form className="formulaire formulaire-en-ligne" noValidate onSubmit={handleSubmit}>
        <TextField
          id={FIELD_IDS.periodStart}
          label={regionalTexts.bilanStart}
          type="date"
          required
          value={period.periodStart}
          error={errors.periodStart ?? serverDetails.periodStart}
          onChange={(event) => {
            setPeriod({ ...period, periodStart: event.target.value })
          }}
        />
        <TextField
          id={FIELD_IDS.periodEnd}
          label={regionalTexts.bilanEnd}
          type="date"
          required
          value={period.periodEnd}
          error={errors.periodEnd ?? serverDetails.periodEnd}
          onChange={(event) => {
            setPeriod({ ...period, periodEnd: event.target.value })
          }}
        />
        <button type="submit" className="bouton-principal" disabled={draft.isPending}>
          {draft.isPending ? regionalTexts.bilanPending : regionalTexts.bilanSubmit}
        </button>
      </form>
      {draft.isError && <ErrorNotice error={draft.error} />}
    </section>
  )
}
