import { useMemo, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { AccountView, AtelierView } from '@maillage/protocol'
import { httpsUrlOf } from '@maillage/schema'
import { Loading } from '../../ui/Loading.tsx'
import {
  PresenceList,
  StatusLine,
  useCollaborativeDocument,
  type CollaborativeDocument,
} from '../../collaboration/index.ts'
import { CompteRenduAction } from './CompteRenduAction.tsx'
import { formatAtelierDay, formatParisDateTime } from './formatAtelierTime.ts'
import type { LiveSession } from './liveSession.ts'
import { ParticipationNotice } from './ParticipationNotice.tsx'
import { SessionAfterwards } from './SessionAfterwards.tsx'
import { SessionAgenda } from './SessionAgenda.tsx'
import type { SessionControl, SessionSchedule } from './SessionControls.tsx'
import { SessionNotes } from './SessionNotes.tsx'
import { atelierTexts, sessionTexts as texts } from './texts.ts'
import { useAtelierContent } from './useAtelierContent.ts'
import { useMoveSession, useRefreshOnSessionState } from './useAteliers.ts'
import { useLiveSession } from './useLiveSession.ts'
import { WallBoard } from './WallBoard.tsx'
import { BreakoutPanel, useBreakout } from './toolkit/groups/index.ts'
import { SessionTimerToolkit } from './toolkit/timer/index.ts'
import { SessionPolls } from './toolkit/polls/index.ts'

/**
 * One person in the live session, over one connection to the atelier's document: read-only, or
 * writing the notes and the wall (registered people and facilitators). Its parent remounts it
 * when that changes, so that the server grants the new connection its rights. The visio link
 * (given by the server to seat holders and facilitators only) heads the page while the session
 * is to come or live.
 */
export function SessionRoom(props: {
  atelier: AtelierView
  account: AccountView
  writable: boolean
}): ReactNode {
  const { atelier, account } = props
  const collaboration = useCollaborativeDocument(atelier.id, account)
  const fallback = useMemo<LiveSession>(
    () => ({ ...atelier.session, compteRenduId: atelier.compteRenduId }),
    [atelier.session, atelier.compteRenduId],
  )
  const live = useLiveSession(collaboration?.doc ?? null, fallback)
  useRefreshOnSessionState(atelier.id, live.state)
  const visio = httpsUrlOf(atelier.visioLink)

  return (
    <article className="page-session">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/ateliers">{atelierTexts.backToProgramme}</Link>
          </li>
          <li>
            <Link to={`/ateliers/${atelier.id}`}>{atelier.title}</Link>
          </li>
          <li aria-current="page">{texts.breadcrumb}</li>
        </ol>
      </nav>
      <div className="entete-session">
        <h1 tabIndex={-1}>{texts.pageTitle(atelier.title)}</h1>
        {visio !== '' && live.state !== 'terminee' && (
          <a
            className="bouton-principal bouton-direct lien-visio"
            href={visio}
            target="_blank"
            rel="noopener noreferrer"
          >
            {texts.visio} <span className="visuellement-cache">{texts.newWindow}</span>
          </a>
        )}
        {collaboration !== null && (
          <StatusLine
            state={collaboration.state}
            readOnly={!props.writable}
            onReconnect={collaboration.reconnect}
          />
        )}
      </div>
      {live.state === 'terminee' && (
        <div className="bandeau-fin" role="status">
          <p>
            <strong>{texts.ended}</strong>
            {live.endedAt !== undefined && ` — ${texts.endedAt(formatParisDateTime(live.endedAt))}`}
          </p>
          <p className="aide">{texts.endedHint}</p>
          <CompteRenduAction
            atelierId={atelier.id}
            compteRenduId={live.compteRenduId}
            canDraft={atelier.can.facilitate}
          />
        </div>
      )}
      {!props.writable && (
        <ParticipationNotice atelier={atelier} ended={live.state === 'terminee'} />
      )}
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={texts.loading} />
      ) : (
        <LoadedSession
          atelier={atelier}
          account={account}
          collaboration={collaboration}
          live={live}
          writable={props.writable}
        />
      )}
    </article>
  )
}

function LoadedSession(props: {
  atelier: AtelierView
  account: AccountView
  collaboration: CollaborativeDocument
  live: LiveSession
  writable: boolean
}): ReactNode {
  const { atelier, account, collaboration, live } = props
  const content = useAtelierContent(collaboration.doc)
  const schedule = useMemo<SessionSchedule>(
    () => ({ date: atelier.date, day: formatAtelierDay(atelier) }),
    [atelier],
  )
  const move = useMoveSession(atelier.id)
  const breakout = useBreakout(collaboration.doc)
  // While breakout groups run, participants write their group's notes only (the server says so too).
  const inGroups = breakout?.state === 'en-cours' && !atelier.can.facilitate
  const { mutate, isPending, error } = move
  const control = useMemo<SessionControl | null>(
    () =>
      atelier.can.facilitate
        ? {
            move: (body) => {
              mutate(body)
            },
            isPending,
            error,
          }
        : null,
    [atelier.can.facilitate, mutate, isPending, error],
  )
  return (
    <>
      <div className="grille-session">
        <div className="colonne-agenda">
          {live.state === 'terminee' && (
            <SessionAfterwards
              atelierId={atelier.id}
              content={content}
              facilitator={atelier.can.facilitate}
            />
          )}
          <SessionAgenda
            atelierId={atelier.id}
            agenda={content.agenda}
            live={live}
            schedule={schedule}
            control={control}
          />
          <SessionTimerToolkit
            doc={collaboration.doc}
            atelier={atelier}
            accountId={account.id}
            live={live}
            agenda={content.agenda}
            participant={props.writable}
          />
          <section className="presence-session" aria-labelledby="titre-presence">
            <h2 id="titre-presence">{texts.presence}</h2>
            <PresenceList awareness={collaboration.awareness} />
          </section>
        </div>
        <SessionNotes
          collaboration={collaboration}
          account={account}
          editable={props.writable && !inGroups}
        />
      </div>
      <BreakoutPanel
        collaboration={collaboration}
        account={account}
        atelierId={atelier.id}
        breakout={breakout}
        live={live}
        facilitator={atelier.can.facilitate}
        participant={props.writable}
      />
      <WallBoard
        atelierId={atelier.id}
        doc={collaboration.doc}
        account={account}
        writable={props.writable}
        facilitator={atelier.can.facilitate}
        frozen={live.state === 'terminee'}
      />
      <SessionPolls
        doc={collaboration.doc}
        atelierId={atelier.id}
        facilitator={atelier.can.facilitate}
        participant={props.writable}
      />
    </>
  )
}
