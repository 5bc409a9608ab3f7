import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type SubmitEvent, type ReactNode } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { SPACE_ROLE_LABELS } from '@maillage/schema'
import type { NewAccountInput } from '../../api/ApiClient.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'

const texts = {
  pageTitle: 'Invitation',
  loading: 'Vérification du lien d’invitation…',
  heading: (space: string) => `Rejoindre « ${space} »`,
  role: (role: string, expires: string) =>
    `Vous êtes invité comme ${role.toLowerCase()}. Ce lien est valable jusqu’au ${expires}.`,
  signedInAs: (name: string) => `Vous êtes connecté en tant que ${name}.`,
  join: 'Rejoindre l’espace',
  joining: 'Entrée dans l’espace…',
  createIntro:
    'Créez votre compte pour rejoindre l’espace. Votre adresse et votre nom seront visibles des membres de l’espace.',
  existingAccount: 'Vous avez déjà un compte Maillage\u00a0?',
  signInFirst: 'Connectez-vous d’abord',
  existingAccountHint:
    ', ou saisissez ci-dessous son adresse et son mot de passe\u00a0: l’invitation s’ajoutera à ce compte.',
  email: 'Adresse électronique',
  name: 'Prénom et nom',
  organisation: 'Organisation (facultatif)',
  organisationHint: 'Par exemple : Mission locale de Lens-Liévin',
  password: 'Mot de passe',
  passwordHint: 'Au moins 12 caractères.',
  create: 'Créer mon compte et rejoindre l’espace',
} as const

/** Accepting an invitation link: signed in, one click; otherwise create an account first. */
export function InvitationPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const { token = '' } = useParams()
  const api = useApi()
  const client = useQueryClient()
  const navigate = useNavigate()
  const { session, isPending: sessionPending } = useSession()
  const preview = useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => api.getInvitation(token),
    retry: false,
  })
  const accept = useMutation({
    mutationFn: (account?: NewAccountInput) => api.acceptInvitation(token, account),
    onSuccess: async ({ spaceId }) => {
      await client.invalidateQueries()
      void navigate(`/espaces/${spaceId}`, { replace: true })
    },
  })
  const [form, setForm] = useState({ email: '', name: '', organisation: '', password: '' })

  if (preview.isPending || sessionPending) return <Loading label={texts.loading} />
  if (preview.isError) {
    return (
      <div className="page-etroite">
        <h1 tabIndex={-1}>{texts.pageTitle}</h1>
        <ErrorNotice error={preview.error} />
      </div>
    )
  }
  const invitation = preview.data
  const errors = fieldErrors(accept.error)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    accept.mutate(session == null ? form : undefined)
  }

  const field = (key: keyof typeof form) => ({
    value: form[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => {
      setForm((previous) => ({ ...previous, [key]: event.target.value }))
    },
  })

  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{texts.heading(invitation.spaceName)}</h1>
      <p>{texts.role(SPACE_ROLE_LABELS[invitation.role], formatDateTime(invitation.expiresAt))}</p>
      <form className="formulaire" onSubmit={handleSubmit} noValidate>
        {accept.isError && <ErrorNotice error={accept.error} />}
        {session != null ? (
          <p>{texts.signedInAs(session.account.name)}</p>
        ) : (
          <>
            <p>{texts.createIntro}</p>
            <p className="aide">
              {texts.existingAccount}{' '}
              <Link to={`/connexion?retour=${encodeURIComponent(`/invitation/${token}`)}`}>
                {texts.signInFirst}
              </Link>
              {texts.existingAccountHint}
            </p>
            <TextField label={texts.email} type="email" autoComplete="email" {...field('email')} />
            <TextField label={texts.name} autoComplete="name" {...field('name')} />
            <TextField
              label={texts.organisation}
              hint={texts.organisationHint}
              autoComplete="organization"
              {...field('organisation')}
            />
            <TextField
              label={texts.password}
              hint={texts.passwordHint}
              type="password"
              autoComplete="new-password"
              {...field('password')}
            />
          </>
        )}
        <button type="submit" className="bouton-principal" disabled={accept.isPending}>
          {accept.isPending ? texts.joining : session != null ? texts.join : texts.create}
        </button>
      </form>
    </div>
  )
}
