import type { ReactNode } from 'react'
import type { AtelierPollLiveView, AtelierPollView } from '@maillage/protocol'
import { messageOf } from '../../../../api/ApiError.ts'
import { Loading } from '../../../../ui/Loading.tsx'
import { PollBars } from './PollBars.tsx'
import { PollForm } from './PollForm.tsx'
import { pollTexts as texts } from './texts.ts'
import { useFacilitatorPolls, usePollResults } from './usePollActions.ts'

/**
 * The facilitators' polls: the prepared list in its order (move up and down, launch, close,
 * reveal or hide the results, delete), each launched poll's live distribution (bars with counts
 * and percentages, the quiz's right answers marked), and the form of a new poll.
 */
export function FacilitatorPolls(props: {
  atelierId: string
  live: readonly AtelierPollLiveView[]
  /** Changes whenever the Y.Doc shows a change of the polls or clouds. */
  liveKey: string
}): ReactNode {
  const { atelierId, live } = props
  const { list, create, act, move, remove } = useFacilitatorPolls(atelierId, props.liveKey)
  const error = act.error ?? move.error ?? remove.error
  const polls = list.data?.polls ?? []

  function swap(index: number, other: number): void {
    const a = polls[index]
    const b = polls[other]
    if (a === undefined || b === undefined) return
    move.mutate({
      moves: [
        { pollId: a.id, position: other },
        { pollId: b.id, position: index },
      ],
    })
  }

  return (
    <section className="sondages-animateur" aria-labelledby="titre-sondages-animateur">
      <h3 id="titre-sondages-animateur">{texts.facilitatorTitle}</h3>
      {list.isPending ? (
        <Loading label={texts.loading} />
      ) : list.error !== null ? (
        <p className="erreur" role="alert">
          {messageOf(list.error)}
        </p>
      ) : polls.length === 0 ? (
        <p className="aide">{texts.noPrepared}</p>
      ) : (
        <ol className="liste-sondages">
          {polls.map((poll, index) => (
            <li key={poll.id} className={`sondage-prepare etat-${poll.state}`}>
              <PreparedPoll
                atelierId={atelierId}
                poll={poll}
                liveCount={live.find((found) => found.id === poll.id)?.answerCount}
                busy={act.isPending || move.isPending || remove.isPending}
                onAct={(action) => {
                  act.mutate({ pollId: poll.id, action })
                }}
                onRemove={() => {
                  remove.mutate(poll.id)
                }}
                onUp={
                  index > 0
                    ? () => {
                        swap(index, index - 1)
                      }
                    : null
                }
                onDown={
                  index < polls.length - 1
                    ? () => {
                        swap(index, index + 1)
                      }
                    : null
                }
              />
            </li>
          ))}
        </ol>
      )}
      {error !== null && (
        <p className="erreur" role="alert">
          {messageOf(error)}
        </p>
      )}
      <PollForm
        onCreate={(body, done) => {
          create.mutate(body, { onSuccess: done })
        }}
        isPending={create.isPending}
        error={create.error}
      />
    </section>
  )
}

function PreparedPoll(props: {
  atelierId: string
  poll: AtelierPollView
  /** The number of answers the Y.Doc shows now (ahead of the list's). */
  liveCount: number | undefined
  busy: boolean
  onAct: (action: 'lancer' | 'cloturer' | 'reveler' | 'masquer') => void
  onRemove: () => void
  onUp: (() => void) | null
  onDown: (() => void) | null
}): ReactNode {
  const { poll, busy } = props
  const quiz = poll.options.some((option) => option.correct === true)
  return (
    <>
      <p className="entete-sondage">
        <strong>{poll.question}</strong> <span className="badge">{texts.kinds[poll.kind]}</span>{' '}
        <span className="badge">{poll.anonymous ? texts.anonymousBadge : texts.namedBadge}</span>{' '}
        {quiz && <span className="badge">{texts.quizBadge}</span>}{' '}
        <span className="badge">{texts.states[poll.state]}</span>{' '}
        {poll.state !== 'draft' && (
          <span>{texts.answers(props.liveCount ?? poll.answerCount)}</span>
        )}
      </p>
      <div className="actions-sondage">
        {poll.state !== 'open' && (
          <button
            type="button"
            className="bouton-principal"
            disabled={busy}
            onClick={() => {
              props.onAct('lancer')
            }}
          >
            {poll.state === 'draft' ? texts.launch : texts.relaunch}
          </button>
        )}
        {poll.state === 'open' && (
          <button
            type="button"
            className="bouton-secondaire"
            disabled={busy}
            onClick={() => {
              props.onAct('cloturer')
            }}
          >
            {texts.close}
          </button>
        )}
        {poll.state !== 'draft' && (
          <button
            type="button"
            className="bouton-secondaire"
            disabled={busy}
            onClick={() => {
              props.onAct(poll.revealed ? 'masquer' : 'reveler')
            }}
          >
            {poll.revealed ? texts.hide : texts.reveal}
          </button>
        )}
        {props.onUp !== null && (
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={texts.moveUp(poll.question)}
            disabled={busy}
            onClick={props.onUp}
          >
            ↑
          </button>
        )}
        {props.onDown !== null && (
          <button
            type="button"
            className="bouton-secondaire"
            aria-label={texts.moveDown(poll.question)}
            disabled={busy}
            onClick={props.onDown}
          >
            ↓
          </button>
        )}
        <button
          type="button"
          className="bouton-secondaire"
          disabled={busy}
          onClick={props.onRemove}
        >
          {texts.remove}
        </button>
      </div>
      {poll.state !== 'draft' && (
        <LiveResults
          atelierId={props.atelierId}
          poll={poll}
          answerCount={props.liveCount ?? poll.answerCount}
        />
      )}
    </>
  )
}

function LiveResults(props: {
  atelierId: string
  poll: AtelierPollView
  answerCount: number
}): ReactNode {
  const { poll } = props
  const results = usePollResults(props.atelierId, poll.id, props.answerCount)
  return (
    <div className="resultats-animateur">
      <p className="aide">{poll.revealed ? texts.revealedToAll : texts.liveResults}</p>
      {results.data !== undefined && <PollBars results={results.data} />}
      {results.error !== null && (
        <p className="erreur" role="alert">
          {messageOf(results.error)}
        </p>
      )}
    </div>
  )
}
