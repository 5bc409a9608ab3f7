import { useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { MeetingSummaryView } from '@maillage/protocol'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { formatMeetingTime, MEETING_STATUS_LABELS, meetingListTexts as texts } from './texts.ts'
import { useMeetings } from './useMeetings.ts'

function MeetingList(props: { meetings: readonly MeetingSummaryView[]; empty: string }): ReactNode {
  if (props.meetings.length === 0) return <p>{props.empty}</p>
  return (
    <ul className="liste-seances">
      {props.meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link to={meeting.path}>
            {meeting.instanceName} — {meeting.title}
          </Link>
          <p>
            {formatMeetingTime(meeting.startsAt)}
            {meeting.place === undefined ? '' : ` — ${meeting.place}`}{' '}
            <span className="badge">{MEETING_STATUS_LABELS[meeting.status]}</span>
          </p>
        </li>
      ))}
    </ul>
  )
}

/** « Séances »: those to come, soonest first, then the past ones, latest first; by instance. */
export function MeetingsPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const meetings = useMeetings()
  const [instance, setInstance] = useState('')
  // When the page opened: a séance ending meanwhile stays « à venir » until the next visit.
  const [now] = useState(() => Date.now())
  if (meetings.isPending) return <Loading label={texts.loading} />
  if (meetings.isError) {
    return <ErrorNotice error={meetings.error} onRetry={() => void meetings.refetch()} />
  }
  const shown = meetings.data.meetings.filter(
    (meeting) => instance === '' || meeting.instanceId === instance,
  )
  const instances = new Map(meetings.data.meetings.map((m) => [m.instanceId, m.instanceName]))
  const upcoming = shown.filter((meeting) => Date.parse(meeting.endsAt) >= now)
  const past = shown.filter((meeting) => Date.parse(meeting.endsAt) < now).reverse()
  return (
    <div className="page-seances">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p>{texts.intro}</p>
      {meetings.data.creatableInstances.length > 0 && (
        <p>
          <Link className="bouton-principal" to="/gouvernance/seances/nouvelle">
            {texts.create}
          </Link>
        </p>
      )}
      <div className="champ">
        <label htmlFor="filtre-instance">{texts.instanceFilter}</label>
        <select
          id="filtre-instance"
          value={instance}
          onChange={(event) => {
            setInstance(event.target.value)
          }}
        >
          <option value="">{texts.allInstances}</option>
          {[...instances].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <section aria-labelledby="seances-a-venir">
        <h2 id="seances-a-venir">{texts.upcoming}</h2>
        <MeetingList meetings={upcoming} empty={texts.noneUpcoming} />
      </section>
      <section aria-labelledby="seances-passees">
        <h2 id="seances-passees">{texts.past}</h2>
        <MeetingList meetings={past} empty={texts.nonePast} />
      </section>
    </div>
  )
}
