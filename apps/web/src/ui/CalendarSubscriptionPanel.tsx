import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query'
import type { CalendarFeedStatusView, CalendarFeedView } from '@maillage/protocol'
import { messageOf } from '../api/ApiError.ts'
import { ErrorNotice } from './ErrorNotice.tsx'
import { Loading } from './Loading.tsx'

/** The words of a calendar's subscription panel (each calendar says what it holds). */
export interface CalendarSubscriptionTexts {
  readonly heading: string
  readonly intro: string
  readonly loading: string
  readonly inactive: string
  readonly active: (at: string) => string
  readonly activeUndated: string
  readonly create: string
  readonly regenerate: string
  readonly regenerateHint: string
  readonly revoke: string
  readonly revoked: string
  readonly working: string
  readonly urlLabel: string
  readonly showOnce: string
  readonly copy: string
  readonly copied: string
  readonly copyFailed: string
  readonly howTo: string
  readonly outlook: string
  readonly thunderbird: string
  readonly phone: string
}

/**
 * The personal address to subscribe to a calendar from an agenda (Outlook, Thunderbird, a phone):
 * its status, creation or regeneration, revocation — the programme of ateliers' and the
 * governance's alike. The address is a secret shown once, right after it is made; the server keeps
 * only its hash.
 */
export function CalendarSubscriptionPanel(props: {
  status: UseQueryResult<CalendarFeedStatusView>
  change: UseMutationResult<CalendarFeedView | null, Error, 'create' | 'revoke'>
  texts: CalendarSubscriptionTexts
  formatDateTime: (iso: string) => string
}): ReactNode {
  const { status, change, texts: calendarTexts } = props
  const [created, setCreated] = useState<CalendarFeedView | null>(null)
  const [revoked, setRevoked] = useState(false)
  const active = status.data?.active === true

  function handleCreate(): void {
    setRevoked(false)
    change.mutate('create', {
      onSuccess: (feed) => {
        setCreated(feed)
      },
    })
  }

  function handleRevoke(): void {
    change.mutate('revoke', {
      onSuccess: () => {
        setCreated(null)
        setRevoked(true)
      },
    })
  }

  return (
    <aside className="carte panneau-calendrier" aria-labelledby="titre-calendrier">
      <h2 id="titre-calendrier">{calendarTexts.heading}</h2>
      <p className="aide">{calendarTexts.intro}</p>
      {status.isPending && <Loading label={calendarTexts.loading} />}
      {status.isError && <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />}
      {status.data !== undefined && (
        <p role="status">
          {revoked
            ? calendarTexts.revoked
            : statusText(status.data, calendarTexts, props.formatDateTime)}
        </p>
      )}
      {created !== null && <FeedAddress feed={created} texts={calendarTexts} />}
      {change.isError && (
        <p className="erreur" role="alert">
          {messageOf(change.error)}
        </p>
      )}
      {status.data !== undefined && (
        <div className="actions-calendrier">
          <button
            type="button"
            className={active ? 'bouton-secondaire' : 'bouton-principal'}
            disabled={change.isPending}
            aria-describedby={active ? 'aide-regenerer' : undefined}
            onClick={handleCreate}
          >
            {change.isPending
              ? calendarTexts.working
              : active
                ? calendarTexts.regenerate
                : calendarTexts.create}
          </button>
          {active && (
            <>
              <p className="aide" id="aide-regenerer">
                {calendarTexts.regenerateHint}
              </p>
              <button
                type="button"
                className="bouton-secondaire"
                disabled={change.isPending}
                onClick={handleRevoke}
              >
                {calendarTexts.revoke}
              </button>
            </>
          )}
        </div>
      )}
    </aside>
  )
}

function FeedAddress(props: {
  feed: CalendarFeedView
  texts: CalendarSubscriptionTexts
}): ReactNode {
  const calendarTexts = props.texts
  const input = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')

  // The address appears once: bring it to the person's attention and keyboard.
  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [props.feed.url])

  function handleCopy(): void {
    navigator.clipboard.writeText(props.feed.url).then(
      () => {
        setCopy('copied')
      },
      () => {
        input.current?.select()
        setCopy('failed')
      },
    )
  }

  return (
    <div className="adresse-abonnement">
      <label htmlFor="adresse-abonnement">{calendarTexts.urlLabel}</label>
      <p className="aide" id="adresse-abonnement-aide">
        {calendarTexts.showOnce}
      </p>
      <div className="copie">
        <input
          ref={input}
          id="adresse-abonnement"
          type="text"
          readOnly
          value={props.feed.url}
          aria-describedby="adresse-abonnement-aide"
        />
        <button type="button" className="bouton-principal" onClick={handleCopy}>
          {calendarTexts.copy}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'message-erreur' : 'succes'}>
        {copy === 'copied'
          ? calendarTexts.copied
          : copy === 'failed'
            ? calendarTexts.copyFailed
            : ''}
      </p>
      <h3>{calendarTexts.howTo}</h3>
      <ul className="modes-abonnement">
        <li>{calendarTexts.outlook}</li>
        <li>{calendarTexts.thunderbird}</li>
        <li>{calendarTexts.phone}</li>
      </ul>
    </div>
  )
}

function statusText(
  status: CalendarFeedStatusView,
  texts: CalendarSubscriptionTexts,
  formatDateTime: (iso: string) => string,
): string {
  if (!status.active) return texts.inactive
  return status.createdAt === undefined
    ? texts.activeUndated
    : texts.active(formatDateTime(status.createdAt))
}
