import { useMutation } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react'
import { useApi } from '../../api/ApiProvider.tsx'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { changePassword } from './accountSecurityApi.ts'
import { checkPasswordChange, type PasswordChangeInput } from './checkPasswordChange.ts'
import { profileTexts } from './texts.ts'

const EMPTY: PasswordChangeInput = { current: '', next: '', confirmation: '' }

/**
 * « Changer de mot de passe »: current, new and confirmation. The form checks what it can (a
 * current password, the length, the confirmation) before asking the server; each error shows
 * under its field and in the summary. On success the fields are emptied and the message, which
 * takes the focus, says the other sessions were closed.
 */
export function PasswordForm(): ReactNode {
  const api = useApi()
  const [form, setForm] = useState(EMPTY)
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({})
  const [attempt, setAttempt] = useState(0)
  const save = useMutation({
    mutationFn: (input: { current: string; next: string }) => changePassword(api, input),
  })
  const savedMessage = useRef<HTMLParagraphElement>(null)
  const headingId = useId()
  const ids = { current: useId(), next: useId(), confirmation: useId() }
  const errors = { ...fieldErrors(save.error), ...checked }

  useEffect(() => {
    if (save.isSuccess) savedMessage.current?.focus()
  }, [save.isSuccess])

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const found = checkPasswordChange(form)
    setChecked(found)
    save.reset()
    if (Object.keys(found).length > 0) {
      setAttempt((previous) => previous + 1)
      return
    }
    save.mutate(
      { current: form.current, next: form.next },
      {
        onSuccess: () => {
          setForm(EMPTY)
        },
        onError: () => {
          setAttempt((previous) => previous + 1)
        },
      },
    )
  }

  function update(field: keyof PasswordChangeInput, value: string): void {
    setForm({ ...form, [field]: value })
  }

  return (
    <form className="formulaire" aria-labelledby={headingId} onSubmit={handleSubmit} noValidate>
      <h3 id={headingId}>{profileTexts.passwordHeading}</h3>
      <ErrorSummary
        errors={formErrorsOf({ apiError: save.error, fieldIds: ids, checked })}
        attempt={attempt}
      />
      {save.isSuccess && (
        <p className="succes" role="status" ref={savedMessage} tabIndex={-1}>
          {profileTexts.passwordSaved}
        </p>
      )}
      <TextField
        id={ids.current}
        label={profileTexts.currentPassword}
        type="password"
        autoComplete="current-password"
        value={form.current}
        error={errors.current}
        onChange={(event) => {
          update('current', event.target.value)
        }}
      />
      <TextField
        id={ids.next}
        label={profileTexts.newPassword}
        hint={profileTexts.newPasswordHint}
        type="password"
        autoComplete="new-password"
        value={form.next}
        error={errors.next}
        onChange={(event) => {
          update('next', event.target.value)
        }}
      />
      <TextField
        id={ids.confirmation}
        label={profileTexts.confirmPassword}
        type="password"
        autoComplete="new-password"
        value={form.confirmation}
        error={errors.confirmation}
        onChange={(event) => {
          update('confirmation', event.target.value)
        }}
      />
      <button type="submit" className="bouton-principal" disabled={save.isPending}>
        {save.isPending ? profileTexts.passwordSaving : profileTexts.passwordSave}
      </button>
    </form>
  )
}
