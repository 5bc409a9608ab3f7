import { useEffect, useId, useRef, useState, type SyntheticEvent, type ReactNode } from 'react'
import { useMutation } from '@tanstack/react-query'
import type * as Y from 'yjs'
import type {
  AtelierPollLiveView,
  AtelierWordCloudLiveView,
  AtelierWordCloudView,
} from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { messageOf } from '../../../../api/ApiError.ts'
import { FacilitatorPolls } from './FacilitatorPolls.tsx'
import { ParticipantPoll } from './ParticipantPoll.tsx'
import { openCloud } from './pollsApi.ts'
import { pollTexts as texts } from './texts.ts'
import { useFacilitatorPolls } from './usePollActions.ts'
import { useLiveClouds, useLivePolls } from './useLivePolls.ts'
import { WordCloudPanel } from './WordCloudPanel.tsx'
import '../../../../styles/ateliers/polls.css'

/**
 * The polls, quizzes and word clouds of the live session, following the `polls` and
 * `wordClouds` roots the server writes. Everyone sees the launched polls (results once revealed)
 * and the clouds; seat holders and facilitators answer; facilitators prepare and run them. A new
 * poll, revealed results and a new cloud are announced to screen readers (polite live region).
 */
export function SessionPolls(props: {
  doc: Y.Doc
  atelierId: string
  facilitator: boolean
  /** Holds a seat or facilitates. */
  participant: boolean
}): ReactNode {
  const polls = useLivePolls(props.doc)
  const clouds = useLiveClouds(props.doc)
  const announcement = useAnnouncements(polls, clouds)
  const liveKey = [
    ...polls.map((poll) => `${poll.id}:${poll.state}:${poll.revealed}:${poll.answerCount}`),
    ...clouds.map((cloud) => `${cloud.id}:${cloud.state}:${cloud.submissionCount}`),
  ].join('|')
  return (
    <section className="sondages-session" aria-labelledby="titre-sondages">
      <h2 id="titre-sondages">{texts.section}</h2>
      <p className="visuellement-cache" aria-live="polite">
        {announcement}
      </p>
      {props.facilitator ? (
        <FacilitatorArea
          atelierId={props.atelierId}
          polls={polls}
          clouds={clouds}
          liveKey={liveKey}
        />
      ) : (
        <LiveList
          atelierId={props.atelierId}
          polls={polls}
          clouds={clouds}
          participant={props.participant}
          moderation={null}
          onModerated={() => undefined}
        />
      )}
    </section>
  )
}

function FacilitatorArea(props: {
  atelierId: string
  polls: readonly AtelierPollLiveView[]
  clouds: readonly AtelierWordCloudLiveView[]
  liveKey: string
}): ReactNode {
  const { list, refresh } = useFacilitatorPolls(props.atelierId, props.liveKey)
  return (
    <>
      <FacilitatorPolls atelierId={props.atelierId} live={props.polls} liveKey={props.liveKey} />
      <CloudForm atelierId={props.atelierId} onOpened={() => void refresh()} />
      <LiveList
        atelierId={props.atelierId}
        polls={props.polls}
        clouds={props.clouds}
        participant
        moderation={list.data?.clouds ?? []}
        onModerated={() => void refresh()}
      />
    </>
  )
}

function LiveList(props: {
  atelierId: string
  polls: readonly AtelierPollLiveView[]
  clouds: readonly AtelierWordCloudLiveView[]
  participant: boolean
  /** The facilitators' views of the clouds; null for participants. */
  moderation: readonly AtelierWordCloudView[] | null
  onModerated: () => void
}): ReactNode {
  if (props.polls.length === 0 && props.clouds.length === 0) {
    return <p className="aide">{texts.noPoll}</p>
  }
  return (
    <div className="sondages-en-direct">
      {props.polls.map((poll) => (
        <ParticipantPoll
          key={poll.id}
          atelierId={props.atelierId}
          poll={poll}
          participant={props.participant}
        />
      ))}
      {props.clouds.map((cloud) => (
        <WordCloudPanel
          key={cloud.id}
          atelierId={props.atelierId}
          cloud={cloud}
          participant={props.participant}
          moderation={props.moderation?.find((found) => found.id === cloud.id) ?? null}
          onModerated={props.onModerated}
        />
      ))}
    </div>
  )
}

function CloudForm(props: { atelierId: string; onOpened: () => void }): ReactNode {
  const api = useApi()
  const id = useId()
  const [prompt, setPrompt] = useState('')
  const open = useMutation({
    mutationFn: (text: string) => openCloud(api, props.atelierId, text),
    onSuccess: () => {
      setPrompt('')
      props.onOpened()
    },
  })
  function submit(event: SyntheticEvent): void {
    event.preventDefault()
    if (prompt.trim() !== '') open.mutate(prompt.trim())
  }
  return (
    <form className="formulaire-nuage" onSubmit={submit}>
      <h4>{texts.newCloud}</h4>
      <div className="champ">
        <label htmlFor={id}>{texts.prompt}</label>
        <input
          id={id}
          required
          maxLength={300}
          value={prompt}
          onChange={(event) => {
            setPrompt(event.target.value)
          }}
        />
      </div>
      {open.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(open.error)}
        </p>
      )}
      <button type="submit" className="bouton-principal" disabled={open.isPending}>
        {texts.openCloud}
      </button>
    </form>
  )
}

/**
 * « Nouveau sondage : … » when a poll is launched (or reopened), « Résultats affichés : … » when
 * its results are revealed, « Nouveau nuage de mots : … » — not for what was there on arrival.
 */
function useAnnouncements(
  polls: readonly AtelierPollLiveView[],
  clouds: readonly AtelierWordCloudLiveView[],
): string {
  const [text, setText] = useState('')
  const seen = useRef<Map<string, string> | null>(null)
  useEffect(() => {
    const now = new Map<string, string>([
      ...polls.map((poll) => [poll.id, `${poll.state}:${poll.revealed}`] as const),
      ...clouds.map((cloud) => [cloud.id, 'cloud'] as const),
    ])
    const before = seen.current
    seen.current = now
    if (before === null) return
    for (const poll of polls) {
      const previous = before.get(poll.id)
      if (
        poll.state === 'open' &&
        previous !== `open:${poll.revealed}` &&
        !previous?.startsWith('open')
      ) {
        setText(texts.announceLaunched(poll.question))
      } else if (poll.revealed && previous !== undefined && previous.endsWith('false')) {
        setText(texts.announceRevealed(poll.question))
      }
    }
    for (const cloud of clouds) {
      if (!before.has(cloud.id)) setText(texts.announceCloud(cloud.prompt))
    }
  }, [polls, clouds])
  return text
}
