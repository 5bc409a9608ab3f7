import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import {
  frequenciesOf,
  type MailFrequency,
  type MailPreferencesView,
} from './mailPreferencesApi.ts'
import { profileTexts } from './texts.ts'
import { useMailPreferences, useSaveMailPreferences } from './useMailPreferences.ts'

/** Id of the section's heading, the target of the page's table of contents and of mails' links. */
export const MAIL_SECTION_ID = 'notifications-par-e-mail'

/**
 * « Notifications par e-mail »: for each kind of mail, a group of radios (immediately, in the
 * daily digest, never; the lettre has no digest), all saved with one button; the success message
 * takes the focus.
 */
export function MailPreferencesSection(): ReactNode {
  const preferences = useMailPreferences()
  return (
    <section className="carte section-profil" aria-labelledby={MAIL_SECTION_ID}>
      <h2 id={MAIL_SECTION_ID} tabIndex={-1}>
        {profileTexts.mailHeading}
      </h2>
      {preferences.isPending && <Loading label={profileTexts.mailLoading} />}
      {preferences.isError && (
        <ErrorNotice error={preferences.error} onRetry={() => void preferences.refetch()} />
      )}
      {preferences.data !== undefined && <MailPreferencesForm view={preferences.data} />}
    </section>
  )
}

function MailPreferencesForm(props: { view: MailPreferencesView }): ReactNode {
  const save = useSaveMailPreferences()
  const [chosen, setChosen] = useState<Readonly<Record<string, MailFrequency>>>(() =>
    Object.fromEntries(props.view.preferences.map((entry) => [entry.kind, entry.frequency])),
  )
  const savedMessage = useRef<HTMLParagraphElement>(null)
  const errorBox = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (save.isSuccess) savedMessage.current?.focus()
    if (save.isError) errorBox.current?.focus()
  }, [save.isSuccess, save.isError])

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate(chosen)
  }

  return (
    <form className="formulaire preferences-mail" onSubmit={handleSubmit} noValidate>
      <p className="aide">{profileTexts.mailIntro(props.view.email)}</p>
      {props.view.preferences.map((entry) => (
        <fieldset key={entry.kind} className="frequence-mail">
          <legend>{entry.label}</legend>
          {frequenciesOf(entry.kind).map((frequency) => (
            <label key={frequency} className="option">
              <input
                type="radio"
                name={`frequence-${entry.kind}`}
                value={frequency}
                checked={chosen[entry.kind] === frequency}
                onChange={() => {
                  save.reset()
                  setChosen({ ...chosen, [entry.kind]: frequency })
                }}
              />{' '}
              {profileTexts.frequencies[frequency]}
            </label>
          ))}
        </fieldset>
      ))}
      {save.isError && (
        <div ref={errorBox} tabIndex={-1}>
          <ErrorNotice error={save.error} />
        </div>
      )}
      {save.isSuccess && (
        <p className="succes" role="status" ref={savedMessage} tabIndex={-1}>
          {profileTexts.mailSaved}
        </p>
      )}
      <button type="submit" className="bouton-principal" disabled={save.isPending}>
        {save.isPending ? profileTexts.mailSaving : profileTexts.mailSave}
      </button>
    </form>
  )
}
