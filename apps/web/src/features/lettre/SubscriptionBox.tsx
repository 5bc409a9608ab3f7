import { useEffect, useRef, type ReactNode } from 'react'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { lettreTexts as texts } from './texts.ts'
import { useSaveSubscription, useSubscription } from './useLettres.ts'

/**
 * « Recevoir la lettre par e-mail »: whether one receives each numéro, and one button that
 * subscribes or unsubscribes (the mail preference of kind `lettre`, also on the profile). The
 * confirmation is announced and takes the focus.
 */
export function SubscriptionBox(): ReactNode {
  const subscription = useSubscription()
  const save = useSaveSubscription()
  const done = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (save.isSuccess) done.current?.focus()
  }, [save.isSuccess])

  return (
    <section className="carte abonnement-lettre" aria-labelledby="titre-abonnement-lettre">
      <h2 id="titre-abonnement-lettre">{texts.subscriptionHeading}</h2>
      {subscription.isPending && <Loading label={texts.loading} />}
      {subscription.isError && (
        <ErrorNotice error={subscription.error} onRetry={() => void subscription.refetch()} />
      )}
      {subscription.data !== undefined && (
        <>
          <p>
            {subscription.data.subscribed
              ? texts.subscribed(subscription.data.email)
              : texts.notSubscribed(subscription.data.email)}
          </p>
          {save.isError && <ErrorNotice error={save.error} />}
          {save.isSuccess && (
            <p className="succes" role="status" tabIndex={-1} ref={done}>
              {save.variables ? texts.subscribedNow : texts.unsubscribedNow}
            </p>
          )}
          <button
            type="button"
            className={subscription.data.subscribed ? 'bouton-secondaire' : 'bouton-principal'}
            disabled={save.isPending || subscription.isFetching}
            onClick={() => {
              save.mutate(!subscription.data.subscribed)
            }}
          >
            {save.isPending
              ? texts.saving
              : subscription.data.subscribed
                ? texts.unsubscribe
                : texts.subscribe}
          </button>
        </>
      )}
    </section>
  )
}
