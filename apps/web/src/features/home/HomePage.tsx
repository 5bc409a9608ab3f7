import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { DocumentView, SpaceView } from '@maillage/protocol'
import { SPACE_ROLE_LABELS } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { DocumentItem } from '../../documents/index.ts'
import { homeTexts } from './texts.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { useHome } from './useHome.ts'
import { AvisDeadlines } from './AvisDeadlines.tsx'

/** The accueil: my spaces, recently changed documents, what changed since my last visit. */
export function HomePage(): ReactNode {
  usePageTitle(homeTexts.pageTitle)
  const { session } = useSession()
  const spaces = useSpaces()
  const home = useHome()
  const spaceNames = new Map((spaces.data ?? []).map((space) => [space.id, space.name]))
  const nameOf = (document: DocumentView): string | undefined => spaceNames.get(document.spaceId)

  return (
    <div className="page-accueil">
      <h1 tabIndex={-1}>{homeTexts.heading}</h1>
      {session != null && <p className="salutation">{homeTexts.greeting(session.account.name)}</p>}
      <div className="grille-accueil">
        <section className="carte" aria-labelledby="titre-depuis">
          <h2 id="titre-depuis">{homeTexts.sinceLastVisit}</h2>
          {home.isPending && <Loading label={homeTexts.loading} />}
          {home.isError && <ErrorNotice error={home.error} onRetry={() => void home.refetch()} />}
          {home.data !== undefined && (
            <SinceLastVisit
              previousVisitAt={home.data.previousVisitAt}
              documents={home.data.changedSinceLastVisit}
              spaceOf={nameOf}
            />
          )}
        </section>
        {home.data !== undefined && home.data.avisDeadlines.length > 0 && (
          <section className="carte" aria-labelledby="titre-avis-a-rendre">
            <h2 id="titre-avis-a-rendre">{homeTexts.avisDeadlinesHeading}</h2>
            <AvisDeadlines
              deadlines={home.data.avisDeadlines}
              spaceOf={(spaceId) => spaceNames.get(spaceId)}
            />
          </section>
        )}
        <section className="carte" aria-labelledby="titre-recents">
          <h2 id="titre-recents">{homeTexts.recent}</h2>
          {home.isPending && <Loading label={homeTexts.loading} />}
          {home.data?.recent.length === 0 && <p>{homeTexts.noRecent}</p>}
          {home.data !== undefined && home.data.recent.length > 0 && (
            <ul className="liste-documents">
              {home.data.recent.map((document) => (
                <DocumentItem key={document.id} document={document} context={nameOf(document)} />
              ))}
            </ul>
          )}
        </section>
        <section className="carte" aria-labelledby="titre-espaces">
          <h2 id="titre-espaces">{homeTexts.mySpaces}</h2>
          {spaces.isPending && <Loading label={homeTexts.mySpacesLoading} />}
          {spaces.isError && (
            <ErrorNotice error={spaces.error} onRetry={() => void spaces.refetch()} />
          )}
          {spaces.data !== undefined && <SpaceLists spaces={spaces.data} />}
        </section>
      </div>
    </div>
  )
}

function SinceLastVisit(props: {
  previousVisitAt: string | null
  documents: readonly DocumentView[]
  spaceOf: (document: DocumentView) => string | undefined
}): ReactNode {
  if (props.previousVisitAt === null) return <p>{homeTexts.firstVisit}</p>
  const since = formatDateTime(props.previousVisitAt)
  if (props.documents.length === 0) return <p>{homeTexts.nothingChanged(since)}</p>
  return (
    <>
      <p>{homeTexts.changedSince(since)}</p>
      <ul className="liste-documents">
        {props.documents.map((document) => (
          <DocumentItem key={document.id} document={document} context={props.spaceOf(document)} />
        ))}
      </ul>
    </>
  )
}

function SpaceLists(props: { spaces: readonly SpaceView[] }): ReactNode {
  const mine = props.spaces.filter((space) => space.myRole !== null)
  const others = props.spaces.filter((space) => space.myRole === null)
  return (
    <>
      {mine.length === 0 ? (
        <p>{homeTexts.noSpaces}</p>
      ) : (
        <ul className="liste-espaces">
          {mine.map((space) => (
            <li key={space.id}>
              <Link to={`/espaces/${space.id}`}>{space.name}</Link>
              {space.myRole !== null && (
                <span className="aide">
                  {' '}
                  — {homeTexts.role} {SPACE_ROLE_LABELS[space.myRole].toLowerCase()}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <details className="autres-espaces">
          <summary>
            {homeTexts.otherSpaces} ({others.length})
          </summary>
          <p className="aide">{homeTexts.otherSpacesHint}</p>
          <ul className="liste-espaces">
            {others.map((space) => (
              <li key={space.id}>
                <Link to={`/espaces/${space.id}`}>{space.name}</Link>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
