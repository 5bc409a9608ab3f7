import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type SubmitEvent, type ReactNode } from 'react'
import type { AccountView } from '@maillage/protocol'
import type { ProfileInput } from '../../api/ApiClient.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { MAIL_SECTION_ID, MailPreferencesSection } from './MailPreferencesSection.tsx'
import { DATA_SECTION_ID, MyDataSection } from './MyDataSection.tsx'
import { SECURITY_SECTION_ID, SecuritySection } from './SecuritySection.tsx'
import { profileTexts } from './texts.ts'
import { useSectionFromAddress } from './useSectionFromAddress.ts'
import '../../styles/profile.css'

const IDENTITY_SECTION_ID = 'informations-personnelles'

/** The page's sections, listed at its top: the id of each one's heading, and its title. */
const SECTIONS = [
  { id: IDENTITY_SECTION_ID, title: profileTexts.identityHeading },
  { id: MAIL_SECTION_ID, title: profileTexts.mailHeading },
  { id: SECURITY_SECTION_ID, title: profileTexts.securityHeading },
  { id: DATA_SECTION_ID, title: profileTexts.dataHeading },
] as const

const texts = {
  pageTitle: 'Mon profil',
  email: 'Adresse électronique',
  name: 'Prénom et nom',
  organisation: 'Organisation',
  color: 'Couleur de votre curseur',
  colorHint: 'Les autres personnes voient votre curseur et votre nom dans cette couleur.',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Votre profil est enregistré.',
} as const

/**
 * One's profile, in sections listed at the top: name, organisation and the colour of one's caret;
 * the mails one gets; the password and the sessions; one's data and the deletion of the account.
 */
export function ProfilePage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const { session } = useSession()
  useSectionFromAddress(SECTIONS.map((section) => section.id))
  if (session == null) return null
  return (
    <div className="page-etroite page-profil">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <nav aria-label={profileTexts.tableOfContents} className="sommaire-profil">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="carte section-profil" aria-labelledby={IDENTITY_SECTION_ID}>
        <h2 id={IDENTITY_SECTION_ID} tabIndex={-1}>
          {profileTexts.identityHeading}
        </h2>
        <ProfileForm account={session.account} />
      </section>
      <MailPreferencesSection />
      <SecuritySection />
      <MyDataSection />
    </div>
  )
}

/**
 * Name, organisation and caret colour. A refusal shows the error summary, a success its message;
 * either takes the focus (the button is disabled meanwhile).
 */
function ProfileForm(props: { account: AccountView }): ReactNode {
  const api = useApi()
  const client = useQueryClient()
  const [form, setForm] = useState({
    name: props.account.name,
    organisation: props.account.organisation,
    color: props.account.color,
  })
  const save = useMutation({
    mutationFn: (patch: ProfileInput) => api.updateProfile(patch),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.session }),
  })
  const errors = fieldErrors(save.error)
  const [attempt, setAttempt] = useState(0)
  const savedMessage = useRef<HTMLParagraphElement>(null)
  const ids = { name: useId(), organisation: useId(), color: useId() }

  useEffect(() => {
    if (save.isSuccess) savedMessage.current?.focus()
  }, [save.isSuccess])

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    save.mutate(form, {
      onError: () => {
        setAttempt((previous) => previous + 1)
      },
    })
  }

  return (
    <form className="formulaire" onSubmit={handleSubmit} noValidate>
      <ErrorSummary
        errors={formErrorsOf({ apiError: save.error, fieldIds: ids })}
        attempt={attempt}
      />
      {save.isSuccess && (
        <p className="succes" role="status" ref={savedMessage} tabIndex={-1}>
          {texts.saved}
        </p>
      )}
      <TextField label={texts.email} value={props.account.email} readOnly />
      <TextField
        id={ids.name}
        label={texts.name}
        autoComplete="name"
        value={form.name}
        error={errors.name}
        onChange={(event) => {
          setForm({ ...form, name: event.target.value })
        }}
      />
      <TextField
        id={ids.organisation}
        label={texts.organisation}
        autoComplete="organization"
        value={form.organisation}
        error={errors.organisation}
        onChange={(event) => {
          setForm({ ...form, organisation: event.target.value })
        }}
      />
      <TextField
        id={ids.color}
        label={texts.color}
        hint={texts.colorHint}
        type="color"
        value={form.color}
        error={errors.color}
        onChange={(event) => {
          setForm({ ...form, color: event.target.value })
        }}
      />
      <button type="submit" className="bouton-principal" disabled={save.isPending}>
        {save.isPending ? texts.saving : texts.save}
      </button>
    </form>
  )
}
