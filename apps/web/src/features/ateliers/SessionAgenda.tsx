import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { formatDuration } from './formatAtelierTime.ts'
import type { LiveSession } from './liveSession.ts'
import { SessionControls, type SessionControl, type SessionSchedule } from './SessionControls.tsx'
import { sessionTexts as texts } from './texts.ts'
import type { AgendaItem } from './useAtelierContent.ts'

/**
 * The programme of the session: its points in order, the current one highlighted
 * (`aria-current="step"`) and announced politely when it changes; for the facilitator, the
 * controls to start, move from point to point (or to any point), end and resume the session.
 */
export function SessionAgenda(props: {
  atelierId: string
  agenda: readonly AgendaItem[]
  live: LiveSession
  schedule: SessionSchedule
  /** Present for the facilitators only. */
  control: SessionControl | null
}): ReactNode {
  const { agenda, live, control } = props
  const running = live.state === 'en-cours'
  const currentIndex = running ? agenda.findIndex((item) => item.id === live.currentItemId) : -1
  const current = agenda[currentIndex]
  const steerable = control !== null && running

  return (
    <section className="agenda-session" aria-labelledby="titre-agenda">
      <h2 id="titre-agenda">{texts.agenda}</h2>
      {live.state === 'a-venir' && (
        <div className="avis-session">
          <p>
            <strong>{texts.notStarted}</strong>
          </p>
          {control === null && <p className="aide">{texts.notStartedHint}</p>}
        </div>
      )}
      <p className="visuellement-cache" aria-live="polite">
        {current === undefined ? '' : texts.currentAnnounce(currentIndex + 1, current.titre)}
      </p>
      {agenda.length === 0 ? (
        <p className="aide">
          {texts.agendaEmpty}{' '}
          {control !== null && (
            <Link to={`/documents/${props.atelierId}`}>{texts.completeAgenda}</Link>
          )}
        </p>
      ) : (
        <ol className="points-agenda">
          {agenda.map((item, index) => {
            const isCurrent = index === currentIndex
            return (
              <li
                key={item.id}
                className={isCurrent ? 'point point-en-cours' : 'point'}
                aria-current={isCurrent ? 'step' : undefined}
              >
                {steerable && !isCurrent ? (
                  <button
                    type="button"
                    className="aller-au-point"
                    disabled={control.isPending}
                    aria-label={texts.goTo(item.titre)}
                    onClick={() => {
                      control.move({ action: 'aller-a', itemId: item.id })
                    }}
                  >
                    <AgendaItemText item={item} current={false} />
                  </button>
                ) : (
                  <AgendaItemText item={item} current={isCurrent} />
                )}
              </li>
            )
          })}
        </ol>
      )}
      {control !== null && (
        <SessionControls
          // A question asked in one state (« terminer ? ») is not asked again in the next one.
          key={live.state}
          live={live}
          control={control}
          schedule={props.schedule}
          previous={agenda[currentIndex - 1]}
          next={currentIndex === -1 ? undefined : agenda[currentIndex + 1]}
        />
      )}
    </section>
  )
}

function AgendaItemText(props: { item: AgendaItem; current: boolean }): ReactNode {
  const { item } = props
  const details = [
    item.duree === null || item.duree <= 0 ? '' : formatDuration(item.duree),
    item.intervenant,
  ].filter((detail) => detail !== '')
  return (
    <span className="texte-point">
      {props.current && <span className="etiquette-en-cours">{texts.current}</span>}
      <span className="titre-point">{item.titre}</span>
      {details.length > 0 && <span className="details-point">{details.join(' · ')}</span>}
    </span>
  )
}
