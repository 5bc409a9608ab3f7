import { useId, useState, type ReactNode } from 'react'
import type { ExchangeStatusName, ExchangeView } from '@maillage/protocol'
import { EXCHANGE_STATUS_OPTIONS } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { threadTexts } from './texts.ts'
import { useUpdateExchange } from './useExchanges.ts'

/** Moves a thread to another status (ouvert, pris en charge, répondu, clos). */
export function StatusForm(props: { thread: ExchangeView }): ReactNode {
  const { thread } = props
  const update = useUpdateExchange(thread.id)
  const [chosen, setChosen] = useState<ExchangeStatusName | null>(null)
  const status = chosen ?? thread.status
  const id = useId()
  return (
    <section className="carte" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`}>{threadTexts.statusHeading}</h2>
      <form
        className="formulaire formulaire-statut"
        onSubmit={(event) => {
          event.preventDefault()
          update.mutate(
            { kind: 'status', status },
            {
              onSuccess: () => {
                setChosen(null)
              },
            },
          )
        }}
      >
        <div className="champ">
          <label htmlFor={`${id}-statut`}>{threadTexts.statusLabel}</label>
          <select
            id={`${id}-statut`}
            value={status}
            onChange={(event) => {
              setChosen(event.target.value as ExchangeStatusName)
            }}
          >
            {EXCHANGE_STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="bouton-secondaire"
          disabled={update.isPending || status === thread.status}
        >
          {update.isPending ? threadTexts.statusApplying : threadTexts.statusApply}
        </button>
      </form>
      {update.isError && <ErrorNotice error={update.error} />}
    </section>
  )
}
