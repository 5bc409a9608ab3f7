import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { AccountView, AtelierBreakoutView } from '@maillage/protocol'
import type { CollaborativeDocument } from '../../../../collaboration/index.ts'
import { formatParisTime } from '../../formatAtelierTime.ts'
import type { LiveSession } from '../../liveSession.ts'
import { BreakoutForm } from './BreakoutForm.tsx'
import { GroupWork } from './GroupWork.tsx'
import { myGroup } from './readBreakout.ts'
import { RunningGroups } from './RunningGroups.tsx'
import { groupTexts as texts } from './texts.ts'
import { useGroupActions } from './useGroupActions.ts'
import { useReconnectOnRegrant } from './useReconnectOnRegrant.ts'
import '../../../../styles/ateliers/groups.css'

/** What is said to a person of where they sit, for the live region and the heading. */
function seatMessage(breakout: AtelierBreakoutView | null, accountId: string): string {
  if (breakout?.state !== 'en-cours') return texts.backToPlenary
  const group = myGroup(breakout, accountId)
  return group === null ? texts.noSeat : texts.yourGroup(group.n, group.name)
}

/**
 * The breakout groups of the live session: facilitators form them (at random or as chosen), place
 * late joiners, visit any group and bring everyone back to the plenary; a participant is told their
 * group (announced to screen readers) and writes its notes and wall only; once back in the
 * plenary, every group's work is shown read-only under its name.
 */
export function BreakoutPanel(props: {
  collaboration: CollaborativeDocument
  account: AccountView
  atelierId: string
  breakout: AtelierBreakoutView | null
  live: LiveSession
  facilitator: boolean
  /** Holds a seat (or facilitates). */
  participant: boolean
}): ReactNode {
  const { collaboration, account, breakout, facilitator } = props
  const running = breakout?.state === 'en-cours'
  const mine = myGroup(breakout, account.id)
  const seatKey = props.participant && !facilitator ? `${running}:${mine?.n ?? 0}` : null
  useReconnectOnRegrant(collaboration, seatKey)
  const announcement = useSeatAnnouncement(breakout, account.id, props.participant && !facilitator)
  if (!facilitator && breakout === null) return null

  return (
    <section className="groupes-session" aria-labelledby="titre-groupes">
      <h2 id="titre-groupes">{texts.section}</h2>
      <p className="visuellement-cache" aria-live="polite">
        {announcement}
      </p>
      {facilitator ? (
        <FacilitatorArea {...props} />
      ) : running ? (
        <ParticipantArea {...props} />
      ) : null}
      {!running && breakout !== null && breakout.groups.length > 0 && (
        <div className="travaux-groupes">
          <h3>{texts.work}</h3>
          {breakout.groups.map((group) => (
            <GroupWork
              key={group.n}
              collaboration={collaboration}
              account={account}
              group={group}
              editable={false}
              level={4}
            />
          ))}
        </div>
      )}
    </section>
  )
}

function ParticipantArea(props: {
  collaboration: CollaborativeDocument
  account: AccountView
  breakout: AtelierBreakoutView | null
  participant: boolean
}): ReactNode {
  const { breakout, account } = props
  if (breakout === null) return null
  const mine = myGroup(breakout, account.id)
  const end = breakout.endsAt === undefined ? null : formatParisTime(breakout.endsAt)
  if (!props.participant) {
    return (
      <>
        <p className="aide">{texts.followOnly}</p>
        {breakout.groups.map((group) => (
          <GroupWork
            key={group.n}
            collaboration={props.collaboration}
            account={account}
            group={group}
            editable={false}
            level={3}
          />
        ))}
      </>
    )
  }
  return (
    <>
      <p className="ma-place">
        <strong>{seatMessage(breakout, account.id)}</strong>
        {end !== null && ` — ${texts.endsAt(end)}`}
      </p>
      <p className="aide">{texts.plenaryReadOnly}</p>
      {mine !== null && (
        <GroupWork
          collaboration={props.collaboration}
          account={account}
          group={mine}
          editable
          level={3}
        />
      )}
    </>
  )
}

function FacilitatorArea(props: {
  collaboration: CollaborativeDocument
  account: AccountView
  atelierId: string
  breakout: AtelierBreakoutView | null
  live: LiveSession
}): ReactNode {
  const { breakout } = props
  const liveKey = breakout === null ? '' : `${breakout.state}:${breakout.startedAt}`
  const { status, start, assign, end } = useGroupActions(props.atelierId, liveKey)
  const [visited, setVisited] = useState(1)
  const participants = status.data?.participants ?? []
  const error = start.error ?? assign.error ?? end.error
  if (breakout?.state === 'en-cours') {
    const group = breakout.groups.find((candidate) => candidate.n === visited) ?? breakout.groups[0]
    return (
      <>
        <RunningGroups
          breakout={breakout}
          participants={participants}
          visited={group?.n ?? 1}
          onVisit={setVisited}
          pending={assign.isPending || end.isPending}
          error={error}
          onAssign={(body) => {
            assign.mutate(body)
          }}
          onEnd={() => {
            end.mutate()
          }}
        />
        {group !== undefined && (
          <GroupWork
            collaboration={props.collaboration}
            account={props.account}
            group={group}
            editable
            level={3}
          />
        )}
      </>
    )
  }
  if (props.live.state !== 'en-cours') return <p className="aide">{texts.notLive}</p>
  return (
    <>
      <p className="aide">{texts.intro}</p>
      <BreakoutForm
        present={participants.filter((person) => person.connected)}
        pending={start.isPending}
        error={start.error}
        onStart={(body) => {
          setVisited(1)
          start.mutate(body)
        }}
      />
    </>
  )
}

/**
 * The message of the polite live region: where the person sits, said when groups start, when they
 * are placed or moved, and when everyone goes back to the plenary (not on arriving in a plenary).
 */
function useSeatAnnouncement(
  breakout: AtelierBreakoutView | null,
  accountId: string,
  seated: boolean,
): string {
  const [announcement, setAnnouncement] = useState('')
  const message = seated || breakout?.state !== 'en-cours' ? seatMessage(breakout, accountId) : ''
  const previous = useRef<string | null>(null)
  useEffect(() => {
    const first = previous.current === null
    if (previous.current === message) return
    previous.current = message
    if (first && breakout?.state !== 'en-cours') return
    setAnnouncement(message)
  }, [message, breakout?.state])
  return announcement
}
