import { useRef, useState, type ReactNode } from 'react'
import type { AvisAdoption } from '@maillage/schema'
import { ConfirmationStep } from '../../ui/ConfirmationStep.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { avisTexts } from './texts.ts'
import { useAdoptAvis, useSubmitAvis, useWithdrawAvis } from './useAdoptionActions.ts'

/** What the signed-in person may do with the avis's adoption, from their role in its space. */
export interface AdoptionRights {
  /** Contributeurs and animateurs: submit, and withdraw a submitted avis. */
  readonly submit: boolean
  /** Animateurs: adopt, and withdraw an adopted avis. */
  readonly adopt: boolean
}

/**
 * The buttons of the adoption, by right and by state: « Soumettre à l’adoption » (again after
 * changes), « Adopter l’avis » and « Retirer de l’adoption », the last two after a confirmation.
 */
export function AdoptionActions(props: {
  documentId: string
  adoption: AvisAdoption
  rights: AdoptionRights
  /** Called once a step succeeded (its button may be gone with the new state). */
  onDone: () => void
}): ReactNode {
  const { documentId, adoption, rights, onDone } = props
  const submit = useSubmitAvis(documentId)
  const adopt = useAdoptAvis(documentId)
  const withdraw = useWithdrawAvis(documentId)
  const [confirming, setConfirming] = useState<'adopt' | 'withdraw' | null>(null)
  const adoptButton = useRef<HTMLButtonElement>(null)
  const withdrawButton = useRef<HTMLButtonElement>(null)
  const approvals = adoption.positions.filter((entry) => entry.position === 'approbation').length
  const canSubmit = rights.submit && adoption.state !== 'adopte'
  const canAdopt = rights.adopt && adoption.state === 'soumis'
  const canWithdraw =
    (adoption.state === 'soumis' && rights.submit) || (adoption.state === 'adopte' && rights.adopt)
  if (!canSubmit && !canAdopt && !canWithdraw) return null
  const error = submit.error ?? adopt.error ?? withdraw.error

  return (
    <div className="actions-adoption">
      {canSubmit && adoption.state === 'redaction' && (
        <p className="aide">{avisTexts.submitHelp}</p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <div className="boutons">
        {canSubmit && (
          <button
            type="button"
            className={adoption.state === 'redaction' ? 'bouton-principal' : 'bouton-secondaire'}
            disabled={submit.isPending}
            onClick={() => {
              adopt.reset()
              withdraw.reset()
              submit.mutate(undefined, { onSuccess: onDone })
            }}
          >
            {submit.isPending
              ? avisTexts.submitting
              : adoption.state === 'soumis'
                ? avisTexts.submitAgain
                : avisTexts.submit}
          </button>
        )}
        {canAdopt && confirming !== 'adopt' && (
          <button
            ref={adoptButton}
            type="button"
            className="bouton-principal"
            onClick={() => {
              setConfirming('adopt')
            }}
          >
            {avisTexts.adopt}
          </button>
        )}
        {canWithdraw && confirming !== 'withdraw' && (
          <button
            ref={withdrawButton}
            type="button"
            className="bouton-secondaire"
            onClick={() => {
              setConfirming('withdraw')
            }}
          >
            {avisTexts.withdraw}
          </button>
        )}
      </div>
      {canAdopt && confirming === 'adopt' && (
        <ConfirmationStep
          label={avisTexts.adopt}
          question={avisTexts.adoptQuestion}
          details={avisTexts.adoptDetails(approvals)}
          confirmLabel={avisTexts.adoptLabel}
          pendingLabel={avisTexts.adopting}
          cancelLabel={avisTexts.cancel}
          pending={adopt.isPending}
          onConfirm={() => {
            submit.reset()
            withdraw.reset()
            adopt.mutate(undefined, {
              onSuccess: onDone,
              onSettled: () => {
                setConfirming(null)
              },
            })
          }}
          onCancel={() => {
            setConfirming(null)
            requestAnimationFrame(() => adoptButton.current?.focus())
          }}
        />
      )}
      {canWithdraw && confirming === 'withdraw' && (
        <ConfirmationStep
          label={avisTexts.withdraw}
          question={avisTexts.withdrawQuestion}
          details={avisTexts.withdrawDetails}
          confirmLabel={avisTexts.withdrawLabel}
          pendingLabel={avisTexts.withdrawing}
          cancelLabel={avisTexts.cancel}
          pending={withdraw.isPending}
          onConfirm={() => {
            submit.reset()
            adopt.reset()
            withdraw.mutate(undefined, {
              onSuccess: onDone,
              onSettled: () => {
                setConfirming(null)
              },
            })
          }}
          onCancel={() => {
            setConfirming(null)
            requestAnimationFrame(() => withdrawButton.current?.focus())
          }}
        />
      )}
    </div>
  )
}
