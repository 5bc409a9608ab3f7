import { useId, useState, type ReactNode } from 'react'
import { ConfirmationStep } from '../../ui/ConfirmationStep.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { signOutEverywhere } from './accountSecurityApi.ts'
import { profileTexts } from './texts.ts'
import { useEndSession } from './useEndSession.ts'

/**
 * « Me déconnecter partout »: after a confirmation step, every session of the account ends, this
 * one included, and the browser goes back to the connexion page.
 */
export function SignOutEverywhere(): ReactNode {
  const end = useEndSession((api) => signOutEverywhere(api), '/connexion')
  const [asking, setAsking] = useState(false)
  const requestFocus = useFocusRequest()
  const headingId = useId()
  const buttonId = useId()
  return (
    <div className="bloc-profil" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{profileTexts.everywhereHeading}</h3>
      <p>{profileTexts.everywhereIntro}</p>
      {end.isError && <ErrorNotice error={end.error} />}
      {asking ? (
        <ConfirmationStep
          label={profileTexts.everywhereLabel}
          question={profileTexts.everywhereQuestion}
          confirmLabel={profileTexts.everywhereConfirm}
          pendingLabel={profileTexts.everywherePending}
          cancelLabel={profileTexts.cancel}
          pending={end.isPending}
          onConfirm={() => {
            end.mutate(undefined)
          }}
          onCancel={() => {
            setAsking(false)
            requestFocus(buttonId)
          }}
        />
      ) : (
        <button
          id={buttonId}
          type="button"
          className="bouton-secondaire"
          onClick={() => {
            end.reset()
            setAsking(true)
          }}
        >
          {profileTexts.everywhere}
        </button>
      )}
    </div>
  )
}
