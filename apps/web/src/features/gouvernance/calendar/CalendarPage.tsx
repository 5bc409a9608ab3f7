import { useState, type SubmitEvent, type ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { GovernanceCalendarEntryView } from '@maillage/protocol'
import { CalendarSubscriptionPanel } from '../../../ui/CalendarSubscriptionPanel.tsx'
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx'
import { formatDateTime, formatShortDate, NETWORK_TIME_ZONE } from '../../../ui/formatDate.ts'
import { Loading } from '../../../ui/Loading.tsx'
import { usePageTitle } from '../../../ui/usePageTitle.ts'
import '../../../styles/decisions.css'
import { GOVERNANCE_ICS_PATH } from './calendarApi.ts'
import { CALENDAR_KIND_LABELS, calendarPageTexts as texts, governanceFeedTexts } from './texts.ts'
import {
  useChangeGovernanceFeed,
  useGovernanceCalendar,
  useGovernanceFeed,
} from './useGovernanceCalendar.ts'

const MONTH = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: NETWORK_TIME_ZONE,
})
const DAY_KEY = new Intl.DateTimeFormat('en-CA', { timeZone: NETWORK_TIME_ZONE })

/** The default window: this month's first day, for twelve months. */
function defaultWindow(): { du: string; au: string } {
  const now = new Date()
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const end = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), 0))
  return { du: start.toISOString().slice(0, 10), au: end.toISOString().slice(0, 10) }
}

/** The Paris day of an entry, `YYYY-MM-DD`. */
function dayOf(entry: GovernanceCalendarEntryView): string {
  return entry.allDay ? entry.startsAt : DAY_KEY.format(new Date(entry.startsAt))
}

function groupByMonth(
  entries: readonly GovernanceCalendarEntryView[],
): [string, GovernanceCalendarEntryView[]][] {
  const months = new Map<string, GovernanceCalendarEntryView[]>()
  for (const entry of entries) {
    const month = dayOf(entry).slice(0, 7)
    months.set(month, [...(months.get(month) ?? []), entry])
  }
  return [...months]
}

function when(entry: GovernanceCalendarEntryView): string {
  if (!entry.allDay) return formatDateTime(entry.startsAt)
  const first = formatShortDate(entry.startsAt)
  return entry.endsAt === undefined
    ? first
    : `${first}, ${texts.untilDay(formatShortDate(entry.endsAt))}`
}

function Entry(props: { entry: GovernanceCalendarEntryView }): ReactNode {
  const { entry } = props
  return (
    <li className={`entree-calendrier entree-${entry.kind}`}>
      <span className={`badge badge-${entry.kind}`}>{CALENDAR_KIND_LABELS[entry.kind]}</span>{' '}
      {entry.path === undefined ? (
        <strong>{entry.title}</strong>
      ) : (
        <Link to={entry.path}>{entry.title}</Link>
      )}
      <p>
        {when(entry)}
        {entry.instanceName === undefined ? '' : ` — ${entry.instanceName}`}
        {entry.place === undefined ? '' : ` — ${entry.place}`}
      </p>
      {entry.description !== undefined && <p className="aide">{entry.description}</p>}
    </li>
  )
}

/**
 * « Calendrier »: the séances, milestones and ateliers of a window, month by month, kinds told
 * apart; the `.ics` to download and the personal subscription address.
 */
export function CalendarPage(): ReactNode {
  usePageTitle(texts.pageTitle)
  const [params, setParams] = useSearchParams()
  const fallback = defaultWindow()
  const window = { du: params.get('du') ?? fallback.du, au: params.get('au') ?? fallback.au }
  const calendar = useGovernanceCalendar(window)
  const [draft, setDraft] = useState(window)

  function handleSubmit(event: SubmitEvent<HTMLFormElement>): void {
    event.preventDefault()
    setParams(new URLSearchParams(draft))
  }

  return (
    <div className="page-calendrier-gouvernance">
      <h1 tabIndex={-1}>{texts.pageTitle}</h1>
      <p>{texts.intro}</p>
      <form className="filtres-calendrier" onSubmit={handleSubmit}>
        <div className="champ">
          <label htmlFor="calendrier-du">{texts.from}</label>
          <input
            id="calendrier-du"
            type="date"
            required
            value={draft.du}
            onChange={(event) => {
              setDraft({ ...draft, du: event.target.value })
            }}
          />
        </div>
        <div className="champ">
          <label htmlFor="calendrier-au">{texts.to}</label>
          <input
            id="calendrier-au"
            type="date"
            required
            value={draft.au}
            onChange={(event) => {
              setDraft({ ...draft, au: event.target.value })
            }}
          />
        </div>
        <button type="submit" className="bouton-principal">
          {texts.show}
        </button>
      </form>
      <p>
        <a href={GOVERNANCE_ICS_PATH} download>
          {texts.download}
        </a>
      </p>
      {calendar.isPending && <Loading label={texts.loading} />}
      {calendar.isError && (
        <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />
      )}
      {calendar.data?.entries.length === 0 && <p>{texts.empty}</p>}
      {calendar.data !== undefined &&
        groupByMonth(calendar.data.entries).map(([month, entries]) => (
          <section key={month} aria-labelledby={`mois-${month}`}>
            <h2 id={`mois-${month}`}>{MONTH.format(new Date(`${month}-15T12:00:00Z`))}</h2>
            <ul className="liste-calendrier">
              {entries.map((entry) => (
                <Entry key={`${entry.kind}-${entry.id}`} entry={entry} />
              ))}
            </ul>
          </section>
        ))}
      <CalendarSubscriptionPanel
        status={useGovernanceFeed()}
        change={useChangeGovernanceFeed()}
        texts={governanceFeedTexts}
        formatDateTime={formatDateTime}
      />
    </div>
  )
}
