import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SynergiesView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { SynergySubject } from './SynergySubject.tsx'
import { exchangeTexts, synergyTexts } from './texts.ts'
import { TerritoriesByDepartement } from './TerritoriesByDepartement.tsx'
import { useSynergies } from './useExchanges.ts'
import '../../styles/exchanges.css'

/**
 * The synergies between territories: first, for the CoRE, the subjects raised by three CLPE or
 * more with the territories concerned; then every remontée and signal faible by theme.
 */
export function SynergiesPage(): ReactNode {
  usePageTitle(synergyTexts.pageTitle)
  const synergies = useSynergies()
  return (
    <div className="page-synergies">
      <p>
        <Link to="/echanges">{exchangeTexts.allExchanges}</Link>
      </p>
      <h1 tabIndex={-1}>{synergyTexts.pageTitle}</h1>
      <p className="introduction">{synergyTexts.intro}</p>
      <p className="introduction regle-supra">{synergyTexts.supraRule}</p>
      {synergies.isPending && <Loading label={synergyTexts.loading} />}
      {synergies.isError && (
        <ErrorNotice error={synergies.error} onRetry={() => void synergies.refetch()} />
      )}
      {synergies.data !== undefined && <Synergies view={synergies.data} />}
    </div>
  )
}

function Synergies(props: { view: SynergiesView }): ReactNode {
  const { view } = props
  const themes = view.themes.filter((theme) => theme.subjects.length > 0)
  return (
    <>
      <section className="carte section-supra" aria-labelledby="titre-supra">
        <h2 id="titre-supra">{synergyTexts.supraHeading}</h2>
        <p className="aide">{synergyTexts.supraIntro}</p>
        {view.supraTerritorial.length === 0 ? (
          <p>{synergyTexts.supraNone}</p>
        ) : (
          <ul className="sujets-synergie">
            {view.supraTerritorial.map((subject) => (
              <SynergySubject
                key={subject.thread.id}
                subject={subject}
                headingLevel={3}
                withConcerned
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="titre-themes">
        <h2 id="titre-themes">{synergyTexts.themesHeading}</h2>
        {themes.length === 0 && <p>{synergyTexts.themeNone}</p>}
        {themes.map((theme) => (
          <section
            key={theme.theme}
            className="carte theme-synergie"
            aria-labelledby={`theme-${theme.theme}`}
          >
            <h3 id={`theme-${theme.theme}`}>{theme.label}</h3>
            <TerritoriesByDepartement
              territories={theme.territories}
              label={synergyTexts.territoriesOfTheme}
            />
            <ul className="sujets-synergie">
              {theme.subjects.map((subject) => (
                <SynergySubject key={subject.thread.id} subject={subject} headingLevel={4} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </>
  )
}
