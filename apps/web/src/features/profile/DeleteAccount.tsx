import { useId, useState, type ReactNode, type SubmitEvent } from 'react'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { useFocusRequest } from '../../ui/useFocusRequest.ts'
import { DELETION_WORD, deleteAccount } from './personalDataApi.ts'
import { profileTexts } from './texts.ts'
import { useEndSession } from './useEndSession.ts'

/** Where the browser goes once the account is deleted (a page that needs no session). */
export const ACCOUNT_DELETED_PATH = '/compte-supprime'

/**
 * « Supprimer mon compte »: the button opens a confirmation step that says what is removed and
 * what stays, and asks for SUPPRIMER and the password; once deleted, the browser leaves for the
 * page that says so.
 */
export function DeleteAccount(): ReactNode {
  const [open, setOpen] = useState(false)
  const requestFocus = useFocusRequest()
  const headingId = useId()
  const startId = useId()
  return (
    <div className="bloc-profil" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{profileTexts.deleteHeading}</h3>
      <p>{profileTexts.deleteIntro}</p>
      <p>{profileTexts.deleteKept}</p>
      {open ? (
        <DeletionForm
          onCancel={() => {
            setOpen(false)
            requestFocus(startId)
          }}
        />
      ) : (
        <button
          type="button"
          id={startId}
          className="bouton-secondaire"
          onClick={() => {
            setOpen(true)
          }}
        >
          {profileTexts.deleteStart}
        </button>
      )}
    </div>
  )
}

function DeletionForm(props: { onCancel: () => void }): ReactNode {
  const remove = useEndSession(deleteAccount, ACCOUNT_DELETED_PATH)
  const [word, setWord] = useState('')
  const [password, setPassword] = useState('')
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const ids = { confirmation: useId(), password: useId() }
  const errors = { ...fieldErrors(remove.error), ...checked }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const found: Record<string, string> =
      word.trim() === DELETION_WORD ? {} : { confirmation: profileTexts.wrongWord }
    setChecked(found)
    remove.reset()
    if (Object.keys(found).length > 0) {
      setAttempt((previous) => previous + 1)
      return
    }
    remove.mutate(password, {
      onError: () => {
        setAttempt((previous) => previous + 1)
      },
    })
  }

  return (
    <form
      className="formulaire etape-confirmation"
      aria-label={profileTexts.deleteFormLabel}
      onSubmit={handleSubmit}
      noValidate
    >
      <ErrorSummary
        errors={formErrorsOf({ apiError: remove.error, fieldIds: ids, checked })}
        attempt={attempt}
      />
      <TextField
        id={ids.confirmation}
        label={profileTexts.deleteWord}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={word}
        error={errors.confirmation}
        onChange={(event) => {
          setWord(event.target.value)
        }}
      />
      <TextField
        id={ids.password}
        label={profileTexts.deletePassword}
        hint={profileTexts.deletePasswordHint}
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(event) => {
          setPassword(event.target.value)
        }}
      />
      <div className="boutons">
        <button type="submit" className="bouton-danger" disabled={remove.isPending}>
          {remove.isPending ? profileTexts.deletePending : profileTexts.deleteConfirm}
        </button>
        <button type="button" className="bouton-secondaire" onClick={props.onCancel}>
          {profileTexts.cancel}
        </button>
      </div>
    </form>
  )
}
