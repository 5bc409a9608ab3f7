import { useId, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import type { AtelierSummaryView } from '@maillage/protocol'
import { ATELIER_FORMAT_OPTIONS, ATELIER_THEME_OPTIONS } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { SelectFilter } from '../../ui/SelectFilter.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { AtelierCard } from './AtelierCard.tsx'
import { CalendarFeedPanel } from './CalendarFeedPanel.tsx'
import { canCreateAteliers } from './canCreateAteliers.ts'
import { isAtelierPast } from './isAtelierPast.ts'
import { atelierTexts } from './texts.ts'
import { useAteliers } from './useAteliers.ts'
import '../../styles/ateliers.css'

/** The programme of ateliers: upcoming and past, filtered by thème and format, and the calendar. */
export function ProgrammePage(): ReactNode {
  usePageTitle(atelierTexts.programmeTitle)
  const { session } = useSession()
  const ateliers = useAteliers()
  const [theme, setTheme] = useState('')
  const [format, setFormat] = useState('')
  // The programme splits at the time the page was opened; a refetch refreshes the sessions' states.
  const [now] = useState(() => Date.now())
  const shown = (ateliers.data ?? []).filter(
    (atelier) =>
      (theme === '' || atelier.theme === theme) && (format === '' || atelier.format === format),
  )
  const upcoming = shown.filter((atelier) => !isAtelierPast(atelier, now))
  const past = shown.filter((atelier) => isAtelierPast(atelier, now))

  return (
    <div className="page-ateliers">
      <h1 tabIndex={-1}>{atelierTexts.programmeTitle}</h1>
      <p className="texte-long">{atelierTexts.programmeIntro}</p>
      {canCreateAteliers(session) && (
        <p className="actions-page">
          <Link className="bouton-principal" to="/ateliers/nouveau">
            {atelierTexts.newAtelier}
          </Link>
        </p>
      )}
      <div className="programme-et-calendrier">
        <div className="programme">
          <form
            className="filtres"
            role="search"
            aria-label={atelierTexts.filters}
            onSubmit={(event) => {
              event.preventDefault()
            }}
          >
            <SelectFilter
              label={atelierTexts.theme}
              allLabel={atelierTexts.all}
              options={ATELIER_THEME_OPTIONS}
              value={theme}
              onChange={setTheme}
            />
            <SelectFilter
              label={atelierTexts.format}
              allLabel={atelierTexts.all}
              options={ATELIER_FORMAT_OPTIONS}
              value={format}
              onChange={setFormat}
            />
          </form>
          {ateliers.isPending && <Loading label={atelierTexts.loadingProgramme} />}
          {ateliers.isError && (
            <ErrorNotice error={ateliers.error} onRetry={() => void ateliers.refetch()} />
          )}
          {ateliers.data !== undefined && (
            <>
              <p role="status" className="aide">
                {atelierTexts.count(shown.length)}
              </p>
              <ProgrammeSection
                title={atelierTexts.upcoming}
                ateliers={upcoming}
                empty={atelierTexts.noUpcoming}
                past={false}
              />
              <ProgrammeSection
                title={atelierTexts.past}
                ateliers={past}
                empty={atelierTexts.noPast}
                past
              />
            </>
          )}
        </div>
        <CalendarFeedPanel />
      </div>
    </div>
  )
}

function ProgrammeSection(props: {
  title: string
  ateliers: readonly AtelierSummaryView[]
  empty: string
  past: boolean
}): ReactNode {
  const headingId = useId()
  return (
    <section className="section-programme" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.title}</h2>
      {props.ateliers.length === 0 ? (
        <p className="aide">{props.empty}</p>
      ) : (
        <ul className="liste-ateliers">
          {props.ateliers.map((atelier) => (
            <AtelierCard key={atelier.id} atelier={atelier} past={props.past} />
          ))}
        </ul>
      )}
    </section>
  )
}
