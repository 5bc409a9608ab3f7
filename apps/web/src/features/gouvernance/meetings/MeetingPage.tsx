import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useSession } from '../../../api/useSession.ts'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import { AttendanceTable } from './AttendanceTable.tsx'
import { MeetingActions } from './MeetingActions.tsx'
import { MeetingDocument } from './MeetingDocument.tsx'
import { meetingIcsPath } from './meetingsApi.ts'
import { formatMeetingTime, MEETING_STATUS_LABELS, meetingTexts as texts } from './texts.ts'
import { useMeeting } from './useMeetings.ts'

/**
 * A séance: its instance, date, place and visio link (members only), status and live quorum; the
 * managers' actions; the attendance; and its document — the ordre du jour and the relevé,
 * co-edited live.
 */
export function MeetingPage(): ReactNode {
  const { meetingId = '' } = useParams()
  const { session } = useSession()
  const meeting = useMeeting(meetingId)
  usePageTitle(meeting.data === undefined ? texts.loading : meeting.data.title)
  if (meeting.isPending) return <Loading label={texts.loading} />
  if (meeting.isError || session == null) {
    return <ErrorNotice error={meeting.error} onRetry={() => void meeting.refetch()} />
  }
  const view = meeting.data
  return (
    <article className="page-seance">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/gouvernance/seances">{texts.back}</Link>
          </li>
          <li aria-current="page">{view.title}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>
        {view.instanceName} — {view.title}
      </h1>
      <dl className="faits-seance">
        <dt>{texts.when}</dt>
        <dd>{formatMeetingTime(view.startsAt)}</dd>
        {view.place !== undefined && (
          <>
            <dt>{texts.place}</dt>
            <dd>{view.place}</dd>
          </>
        )}
        <dt>{texts.status}</dt>
        <dd>
          <span className="badge">{MEETING_STATUS_LABELS[view.status]}</span>
        </dd>
      </dl>
      <p>
        {view.visioLink !== undefined && view.status !== 'close' && (
          <>
            <a href={view.visioLink} target="_blank" rel="noopener noreferrer">
              {texts.visio} <span className="visuellement-cache">{texts.newWindow}</span>
            </a>{' '}
          </>
        )}
        <a href={meetingIcsPath(view.id)} download>
          {texts.ics}
        </a>
      </p>
      {view.can.manage && <MeetingActions meeting={view} />}
      <AttendanceTable meeting={view} />
      <MeetingDocument
        key={view.can.write ? 'ecriture' : 'lecture'}
        meeting={view}
        account={session.account}
      />
    </article>
  )
}
