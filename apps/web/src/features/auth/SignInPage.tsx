import { useId, useState, type SubmitEvent, type ReactNode } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { ErrorSummary } from '../../ui/ErrorSummary.tsx'
import { TextField } from '../../ui/TextField.tsx'
import { fieldErrors } from '../../ui/fieldErrors.ts'
import { formErrorsOf } from '../../ui/formErrorsOf.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { authTexts, oidcRefusalTexts } from './texts.ts'
import { useSession } from '../../api/useSession.ts'
import { useLogin } from './useLogin.ts'
import { ProConnectButton } from './ProConnectButton.tsx'
import { useSessionOptions } from './useSessionOptions.ts'

/**
 * The sign-in form: email and password, errors tied to their fields and listed in the error
 * summary, which takes the focus after each refused attempt (the person continues from there).
 */
export function SignInPage(): ReactNode {
  usePageTitle(authTexts.pageTitle)
  const { session } = useSession()
  const login = useLogin()
  const options = useSessionOptions()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({})
  const [attempt, setAttempt] = useState(0)
  const ids = { email: useId(), password: useId() }
  const back = safeReturnPath(params.get('retour'))
  const refused = params.get('oidc')
  const refusal =
    refused !== null && Object.hasOwn(oidcRefusalTexts, refused)
      ? oidcRefusalTexts[refused]
      : undefined

  if (session != null && !login.isPending) return <Navigate to={back} replace />

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    const errors = {
      ...(email.trim() === '' ? { email: authTexts.emptyEmail } : {}),
      ...(password === '' ? { password: authTexts.emptyPassword } : {}),
    }
    setMissing(errors)
    const refused = (): void => {
      setAttempt((previous) => previous + 1)
    }
    if (Object.keys(errors).length > 0) {
      login.reset()
      refused()
      return
    }
    login.mutate(
      { email, password },
      { onSuccess: () => void navigate(back, { replace: true }), onError: refused },
    )
  }

  const serverErrors = fieldErrors(login.error)
  return (
    <div className="page-connexion">
      <h1 tabIndex={-1}>{authTexts.heading}</h1>
      <p>{authTexts.intro}</p>
      {refusal !== undefined && (
        <p className="erreur" role="alert">
          {refusal}
        </p>
      )}
      {options?.oidc != null && (
        <>
          <ProConnectButton returnPath={back} />
          <p>{authTexts.passwordIntro}</p>
        </>
      )}
      <form className="formulaire" onSubmit={handleSubmit} noValidate>
        <ErrorSummary
          errors={formErrorsOf({ apiError: login.error, fieldIds: ids, checked: missing })}
          attempt={attempt}
        />
        <TextField
          id={ids.email}
          label={authTexts.email}
          hint={authTexts.emailHint}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={email}
          error={missing.email ?? serverErrors.email}
          onChange={(event) => {
            setEmail(event.target.value)
          }}
        />
        <TextField
          id={ids.password}
          label={authTexts.password}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={missing.password ?? serverErrors.password}
          onChange={(event) => {
            setPassword(event.target.value)
          }}
        />
        <button type="submit" className="bouton-principal" disabled={login.isPending}>
          {login.isPending ? authTexts.submitting : authTexts.submit}
        </button>
      </form>
      <p className="aide">{authTexts.noAccount}</p>
    </div>
  )
}

// Only paths of this app: an absolute URL in `retour` would make the form an open redirect.
function safeReturnPath(value: string | null): string {
  if (value === null || !value.startsWith('/') || value.startsWith('//')) return '/'
  return value
}
