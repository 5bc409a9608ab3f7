import { useState, type ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import type { ExchangeMessageView, ExchangeView, SessionView } from '@maillage/protocol'
import { ECHOABLE_EXCHANGE_TYPES } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { PresenceList, useCollaborativeDocument } from '../../collaboration/index.ts'
import { EchoPanel } from './EchoPanel.tsx'
import { ReplyForm } from './ReplyForm.tsx'
import { StatusForm } from './StatusForm.tsx'
import { composerTexts, exchangeTexts, threadTexts } from './texts.ts'
import { ThreadHeader } from './ThreadHeader.tsx'
import { ThreadMessages } from './ThreadMessages.tsx'
import { useExchange } from './useExchanges.ts'
import { useLiveThreadFields } from './useLiveThreadFields.ts'
import '../../styles/exchanges.css'

/**
 * One thread of the échanges: its head, its messages live, the reply, who is reading, the
 * « nous aussi » of other territories and, for those who may, the change of status.
 */
export function ExchangePage(): ReactNode {
  const { threadId = '' } = useParams()
  // A fresh screen per thread: its Y.Doc, its composer and its mention list belong to it.
  return <ThreadScreen key={threadId} threadId={threadId} />
}

function ThreadScreen(props: { threadId: string }): ReactNode {
  const thread = useExchange(props.threadId)
  const { session } = useSession()
  usePageTitle(thread.data?.title ?? threadTexts.loading)
  if (thread.isPending) return <Loading label={threadTexts.loading} />
  if (thread.isError || session == null) {
    return <ErrorNotice error={thread.error} onRetry={() => void thread.refetch()} />
  }
  return <ThreadView thread={thread.data} session={session} />
}

function ThreadView(props: { thread: ExchangeView; session: SessionView }): ReactNode {
  const { thread, session } = props
  const { account } = session
  const collaboration = useCollaborativeDocument(thread.id, account)
  const [posted, setPosted] = useState<readonly ExchangeMessageView[]>([])
  useLiveThreadFields(collaboration?.doc, thread.id)
  const echoable = (ECHOABLE_EXCHANGE_TYPES as readonly string[]).includes(thread.type)
  const editedSpaceIds = new Set(
    session.memberships
      .filter((membership) => membership.role !== 'lecteur')
      .map((membership) => membership.spaceId),
  )

  return (
    <article className="page-echange">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/echanges">{exchangeTexts.pageTitle}</Link>
          </li>
          <li aria-current="page">{thread.title}</li>
        </ol>
      </nav>
      <ThreadHeader thread={thread} />
      <div className="echange-colonnes">
        <div className="echange-fil">
          {collaboration === null ? (
            <Loading label={threadTexts.loadingMessages} />
          ) : (
            <ThreadMessages collaboration={collaboration} posted={posted} readerId={account.id} />
          )}
          {thread.can.post ? (
            <ReplyForm
              threadId={thread.id}
              onPosted={(message) => {
                setPosted((previous) => [...previous, message])
              }}
            />
          ) : (
            <p className="avis">
              {thread.status === 'clos' ? composerTexts.closed : composerTexts.readOnly}
            </p>
          )}
        </div>
        <aside className="echange-cote" aria-label={threadTexts.sidePanel}>
          {collaboration !== null && (
            <section className="carte" aria-labelledby="titre-presence">
              <h2 id="titre-presence">{threadTexts.presence}</h2>
              <PresenceList awareness={collaboration.awareness} />
            </section>
          )}
          {echoable && <EchoPanel thread={thread} editedSpaceIds={editedSpaceIds} />}
          {thread.can.changeStatus && <StatusForm thread={thread} />}
        </aside>
      </div>
    </article>
  )
}
