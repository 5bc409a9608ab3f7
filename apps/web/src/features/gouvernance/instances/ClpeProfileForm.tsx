import { useState, type ReactNode, type SubmitEvent } from 'react'
import type { ClpeProfileName } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { instancesTexts as texts, PROFILE_LABELS } from './texts.ts'
import { useSetClpeProfile } from './useInstances.ts'

const PROFILES: readonly ClpeProfileName[] = ['urbain', 'periurbain', 'rural']

/** The CLPE's profile, set by the regional team (admins) on its plénière. */
export function ClpeProfileForm(props: {
  instanceId: string
  current: ClpeProfileName | undefined
}): ReactNode {
  const save = useSetClpeProfile(props.instanceId)
  const [profile, setProfile] = useState<ClpeProfileName>(props.current ?? 'urbain')

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate(profile)
  }

  return (
    <section className="carte" aria-labelledby="profil-clpe">
      <h2 id="profil-clpe">{texts.profileTitle}</h2>
      <p className="aide">{texts.profileIntro}</p>
      <form noValidate className="formulaire" onSubmit={handleSubmit}>
        <fieldset>
          <legend>{texts.profile}</legend>
          {PROFILES.map((option) => (
            <div key={option} className="champ-option">
              <input
                type="radio"
                id={`profil-${option}`}
                name="profil-clpe"
                value={option}
                checked={profile === option}
                onChange={() => {
                  setProfile(option)
                }}
              />
              <label htmlFor={`profil-${option}`}>{PROFILE_LABELS[option]}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="bouton-principal" disabled={save.isPending}>
          {save.isPending ? texts.profileSaving : texts.profileSubmit}
        </button>
      </form>
      {save.isError && <ErrorNotice error={save.error} />}
      <p role="status" className="succes">
        {save.isSuccess ? texts.profileSaved : ''}
      </p>
    </section>
  )
}
