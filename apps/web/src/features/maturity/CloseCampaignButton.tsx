import { useState, type ReactNode } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { maturityTexts } from './texts.ts'
import { useCloseCampaign } from './useMaturity.ts'

/** Closes a campaign before its date, after a confirmation (the CLPE can no longer submit). */
export function CloseCampaignButton(props: { campaignId: string; title: string }): ReactNode {
  const close = useCloseCampaign()
  const [confirming, setConfirming] = useState(false)
  if (!confirming) {
    return (
      <button
        type="button"
        className="bouton-secondaire"
        onClick={() => {
          setConfirming(true)
        }}
      >
        {maturityTexts.close}
        <span className="visuellement-cache"> « {props.title} »</span>
      </button>
    )
  }
  return (
    <div className="confirmation-cloture" role="group" aria-label={maturityTexts.close}>
      <p>{maturityTexts.confirmClose(props.title)}</p>
      {close.isError && <ErrorNotice error={close.error} />}
      <button
        type="button"
        className="bouton-principal"
        disabled={close.isPending}
        onClick={() => {
          close.mutate(props.campaignId, {
            onSuccess: () => {
              setConfirming(false)
            },
          })
        }}
      >
        {close.isPending ? maturityTexts.closing : maturityTexts.confirm}
      </button>{' '}
      <button
        type="button"
        className="bouton-secondaire"
        disabled={close.isPending}
        onClick={() => {
          setConfirming(false)
        }}
      >
        {maturityTexts.cancel}
      </button>
    </div>
  )
}
