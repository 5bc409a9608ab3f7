import { useMutation } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useApi } from '../../api/ApiProvider.tsx'
import { ConfirmationStep } from '../../ui/ConfirmationStep.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { signAccountOutEverywhere } from './accountSessionsApi.ts'
import { spaceTexts } from './texts.ts'

/**
 * A platform admin's « Déconnecter partout » for one member (a lost device, a departure): after a
 * confirmation step, every session of the account ends and its sockets close; the result is
 * announced in place and the focus returns to the button.
 */
export function MemberSignOut(props: { accountId: string; name: string }): ReactNode {
  const api = useApi()
  const end = useMutation({ mutationFn: () => signAccountOutEverywhere(api, props.accountId) })
  const [asking, setAsking] = useState(false)
  const requestFocus = useFocusRequest()
  const buttonId = `deconnecter-${props.accountId}`

  function close(): void {
    setAsking(false)
    requestFocus(buttonId)
  }

  return (
    <>
      {asking ? (
        <ConfirmationStep
          label={spaceTexts.signOutLabel(props.name)}
          question={spaceTexts.signOutQuestion(props.name)}
          details={spaceTexts.signOutDetails}
          confirmLabel={spaceTexts.signOutConfirm}
          pendingLabel={spaceTexts.signOutPending}
          cancelLabel={spaceTexts.cancel}
          pending={end.isPending}
          onConfirm={() => {
            end.mutate(undefined, { onSuccess: close })
          }}
          onCancel={close}
        />
      ) : (
        <button
          type="button"
          id={buttonId}
          className="bouton-secondaire"
          aria-label={`${spaceTexts.signOut} ${props.name}`}
          onClick={() => {
            end.reset()
            setAsking(true)
          }}
        >
          {spaceTexts.signOut}
        </button>
      )}
      <p role="status" className="succes etat-deconnexion">
        {end.isSuccess ? spaceTexts.signedOut(props.name) : ''}
      </p>
      {end.isError && <ErrorNotice error={end.error} />}
    </>
  )
}
