import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { VeilleFeedView } from '@maillage/protocol'
import { messageOf } from '../../api/ApiError.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { Loading } from '../../ui/Loading.tsx'
import { veilleTexts } from './texts.ts'
import { veilleQueryOf, type VeilleFilters } from './veilleApi.ts'
import { useChangeVeilleFeed, useVeilleFeed } from './useVeille.ts'

/**
 * The veille's Atom and RSS feeds: a feed reader has no session, so each person creates a secret
 * address, shown once (with the page's thématique and territoire filters), renewed or revoked here.
 */
export function VeilleFeedPanel(props: { filters: VeilleFilters }): ReactNode {
  const status = useVeilleFeed()
  const change = useChangeVeilleFeed()
  const [created, setCreated] = useState<VeilleFeedView | null>(null)
  const [revoked, setRevoked] = useState(false)
  const active = status.data?.active === true
  const filterQuery = veilleQueryOf(props.filters, ['thematique', 'territoire'])

  return (
    <aside className="carte panneau-flux" aria-labelledby="titre-flux-veille">
      <h2 id="titre-flux-veille">{veilleTexts.feedHeading}</h2>
      <p className="aide">{veilleTexts.feedIntro}</p>
      {status.isPending && <Loading label={veilleTexts.feedLoading} />}
      {status.isError && <ErrorNotice error={status.error} onRetry={() => void status.refetch()} />}
      {status.data !== undefined && (
        <p role="status">
          {revoked
            ? veilleTexts.feedRevoked
            : status.data.active && status.data.createdAt !== undefined
              ? veilleTexts.feedActive(formatDateTime(status.data.createdAt))
              : veilleTexts.feedInactive}
        </p>
      )}
      {created !== null && (
        <div className="adresse-abonnement">
          <p className="aide">{veilleTexts.feedShowOnce}</p>
          {filterQuery !== '' && <p className="aide">{veilleTexts.feedFiltered}</p>}
          <FeedAddress
            label={veilleTexts.feedAtom}
            url={withFilters(created.atomUrl, filterQuery)}
            focus
          />
          <FeedAddress label={veilleTexts.feedRss} url={withFilters(created.rssUrl, filterQuery)} />
        </div>
      )}
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
            aria-describedby={active ? 'aide-nouvelle-adresse-flux' : undefined}
            onClick={() => {
              setRevoked(false)
              change.mutate('create', {
                onSuccess: (feed) => {
                  setCreated(feed)
                },
              })
            }}
          >
            {change.isPending
              ? veilleTexts.feedWorking
              : active
                ? veilleTexts.feedRegenerate
                : veilleTexts.feedCreate}
          </button>
          {active && (
            <>
              <p className="aide" id="aide-nouvelle-adresse-flux">
                {veilleTexts.feedRegenerateHint}
              </p>
              <button
                type="button"
                className="bouton-secondaire"
                disabled={change.isPending}
                onClick={() => {
                  change.mutate('revoke', {
                    onSuccess: () => {
                      setCreated(null)
                      setRevoked(true)
                    },
                  })
                }}
              >
                {veilleTexts.feedRevoke}
              </button>
            </>
          )}
        </div>
      )}
    </aside>
  )
}

function withFilters(url: string, filterQuery: string): string {
  return filterQuery === '' ? url : `${url}&${filterQuery}`
}

function FeedAddress(props: { label: string; url: string; focus?: boolean }): ReactNode {
  const input = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const id = `adresse-${props.label.toLowerCase().includes('atom') ? 'atom' : 'rss'}`

  // The address appears once: bring it to the person's attention and keyboard.
  useEffect(() => {
    if (props.focus !== true) return
    input.current?.focus()
    input.current?.select()
  }, [props.focus, props.url])

  return (
    <div className="champ">
      <label htmlFor={id}>{props.label}</label>
      <div className="copie">
        <input ref={input} id={id} type="text" readOnly value={props.url} />
        <button
          type="button"
          className="bouton-principal"
          aria-label={`${veilleTexts.copy} l’${props.label.charAt(0).toLowerCase()}${props.label.slice(1)}`}
          onClick={() => {
            navigator.clipboard.writeText(props.url).then(
              () => {
                setCopy('copied')
              },
              () => {
                input.current?.select()
                setCopy('failed')
              },
            )
          }}
        >
          {veilleTexts.copy}
        </button>
      </div>
      <p role="status" className={copy === 'failed' ? 'message-erreur' : 'succes'}>
        {copy === 'copied' ? veilleTexts.copied : copy === 'failed' ? veilleTexts.copyFailed : ''}
      </p>
    </div>
  )
}
