import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, type ReactNode, type SubmitEvent } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../../api/ApiError.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { unsubscribeTexts as texts } from './texts.ts'
import { confirmUnsubscribe, getUnsubscribe, type UnsubscribeView } from './unsubscribeApi.ts'

/** Where one chooses the mails one gets (a signed-in page: the connexion page comes first). */
const PREFERENCES_PATH = '/profil#notifications-par-e-mail'

/**
 * The page of the link at the foot of every mail, open without a session: it names the kind of
 * mail and the address, and stops them with one button; the confirmation that replaces the button
 * takes the focus and leads to the preferences. A link the server does not recognise gets a
 * French explanation instead.
 */
export function UnsubscribePage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const { token = '' } = useParams()
  const api = useApi()
  const link = useQuery({
    queryKey: ['desabonnement', token],
    queryFn: () => getUnsubscribe(api, token),
    retry: false,
  })
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      {link.isPending && <Loading label={texts.loading} />}
      {link.isError &&
        (isRefusedLink(link.error) ? (
          <div className="erreur" role="alert">
            <p>{texts.invalid}</p>
            <p>
              <Link to={PREFERENCES_PATH}>{texts.preferences}</Link>
            </p>
          </div>
        ) : (
          <ErrorNotice error={link.error} onRetry={() => void link.refetch()} />
        ))}
      {link.data !== undefined && <UnsubscribeForm token={token} view={link.data} />}
    </div>
  )
}

function UnsubscribeForm(props: { token: string; view: UnsubscribeView }): ReactNode {
  const api = useApi()
  const stop = useMutation({ mutationFn: () => confirmUnsubscribe(api, props.token) })
  const done = useRef<HTMLDivElement>(null)
  const { label, email } = props.view

  useEffect(() => {
    if (stop.isSuccess) done.current?.focus()
  }, [stop.isSuccess])

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    stop.mutate()
  }

  if (stop.isSuccess) {
    return (
      <div ref={done} role="status" tabIndex={-1} className="desabonnement-fait">
        <p className="succes">{texts.done(label, email)}</p>
        <p>
          <Link to={PREFERENCES_PATH}>{texts.preferences}</Link>
        </p>
      </div>
    )
  }
  return (
    <form className="formulaire" onSubmit={handleSubmit} noValidate>
      <p>{texts.intro(label, email)}</p>
      <p className="aide">{texts.consequence}</p>
      {stop.isError && <ErrorNotice error={stop.error} />}
      <div>
        <button type="submit" className="bouton-principal" disabled={stop.isPending}>
          {stop.isPending ? texts.submitting : texts.submit}
        </button>
      </div>
    </form>
  )
}

// A token the server refuses (badly copied, forged, or for an address since deleted) will not
// work on a second try: it is explained, not offered « Réessayer » (unlike too many requests).
function isRefusedLink(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429
  )
}
