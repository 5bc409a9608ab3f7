import { useState, type ReactNode } from 'react'
import type {
  MeetingAttendanceStatusName,
  MeetingAttendanceView,
  MeetingView,
} from '@maillage/protocol'
import { messageOf } from '../../../api/ApiError.ts'
import { ATTENDANCE_LABELS, meetingTexts as texts } from './texts.ts'
import { useMeetingActions } from './useMeetings.ts'

const STATUSES = Object.keys(ATTENDANCE_LABELS) as MeetingAttendanceStatusName[]

function AttendanceEditor(props: { meetingId: string; row: MeetingAttendanceView }): ReactNode {
  const { row } = props
  const { attendance } = useMeetingActions(props.meetingId)
  const [status, setStatus] = useState<MeetingAttendanceStatusName | ''>(row.status ?? '')
  const [representedBy, setRepresentedBy] = useState(row.representedBy ?? '')
  const id = `presence-${row.memberId}`
  return (
    <form
      className="presence-membre"
      onSubmit={(event) => {
        event.preventDefault()
        if (status === '') return
        attendance.mutate({
          memberId: row.memberId,
          status,
          ...(status === 'represente' && representedBy.trim() !== ''
            ? { representedBy: representedBy.trim() }
            : {}),
        })
      }}
    >
      <label className="visuellement-cache" htmlFor={id}>
        {`${texts.presence} — ${row.name}`}
      </label>
      <select
        id={id}
        value={status}
        onChange={(event) => {
          setStatus(event.target.value as MeetingAttendanceStatusName | '')
        }}
      >
        <option value="">{texts.notRecorded}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {ATTENDANCE_LABELS[value]}
          </option>
        ))}
      </select>
      {status === 'represente' && (
        <>
          <label htmlFor={`${id}-par`}>{texts.representedBy}</label>
          <input
            id={`${id}-par`}
            value={representedBy}
            maxLength={200}
            onChange={(event) => {
              setRepresentedBy(event.target.value)
            }}
          />
        </>
      )}
      <button type="submit" className="bouton-secondaire" disabled={attendance.isPending}>
        {texts.save}
      </button>
      {attendance.error !== null && (
        <span className="message-erreur" role="alert">
          {messageOf(attendance.error)}
        </span>
      )}
    </form>
  )
}

function statusText(row: MeetingAttendanceView): string {
  if (row.status === undefined) return texts.notRecorded
  const label = ATTENDANCE_LABELS[row.status]
  return row.representedBy === undefined ? label : `${label} (${row.representedBy})`
}

/**
 * The members of the instance on the séance's day and their attendance, with the quorum
 * announced live; managers record each one's, a member says « excusé » for themselves.
 */
export function AttendanceTable(props: { meeting: MeetingView }): ReactNode {
  const { meeting } = props
  const { attendance } = useMeetingActions(meeting.id)
  const { quorum } = meeting
  const editable = meeting.can.manage && meeting.status !== 'close'
  return (
    <section className="presences-seance" aria-labelledby="titre-presences">
      <h2 id="titre-presences">{texts.attendance}</h2>
      <p
        role="status"
        aria-live="polite"
        className={quorum.reached ? 'quorum-atteint' : 'quorum-manquant'}
      >
        <strong>{quorum.reached ? texts.quorumReached : texts.quorumMissing}</strong> —{' '}
        {texts.quorumLine(quorum.present, quorum.required, quorum.members)}
      </p>
      {meeting.can.excuseSelf && meeting.selfMemberId !== undefined && (
        <p>
          <button
            type="button"
            className="bouton-secondaire"
            disabled={attendance.isPending}
            onClick={() => {
              if (meeting.selfMemberId !== undefined) {
                attendance.mutate({ memberId: meeting.selfMemberId, status: 'excuse' })
              }
            }}
          >
            {texts.excuseSelf}
          </button>
        </p>
      )}
      {meeting.attendance.length === 0 ? (
        <p>{texts.noMembers}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{texts.member}</th>
              <th scope="col">{texts.body}</th>
              <th scope="col">{texts.presence}</th>
            </tr>
          </thead>
          <tbody>
            {meeting.attendance.map((row) => (
              <tr key={row.memberId}>
                <th scope="row">{row.name}</th>
                <td>{row.body}</td>
                <td>
                  {editable ? (
                    <AttendanceEditor
                      key={`${row.status ?? ''}-${row.representedBy ?? ''}`}
                      meetingId={meeting.id}
                      row={row}
                    />
                  ) : (
                    statusText(row)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
