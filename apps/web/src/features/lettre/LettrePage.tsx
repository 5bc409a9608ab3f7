import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { LettreSummaryView } from '@maillage/protocol'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { DraftsPanel } from './DraftsPanel.tsx'
import { formatLongDate } from './longDate.ts'
import { SubscriptionBox } from './SubscriptionBox.tsx'
import { lettreTexts as texts } from './texts.ts'
import { useLettres } from './useLettres.ts'

function Archive(props: { editions: readonly LettreSummaryView[] }): ReactNode {
  return (
    <section aria-labelledby="titre-archives-lettre">
      <h2 id="titre-archives-lettre">{texts.archiveHeading}</h2>
      {props.editions.length === 0 ? (
        <p>{texts.noEditions}</p>
      ) : (
        <ul className="liste-documents archives-lettre">
          {props.editions.map((edition) => (
            <li key={edition.id}>
              <Link to={`/lettre/${edition.id}`}>{edition.title}</Link>
              <p className="aide">
                {texts.numeroOf(edition.numero, formatLongDate(edition.dateParution))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * `/lettre`: the lettre d’information — one's subscription, the numéros in preparation for the
 * regional team, and the archive of published numéros, newest first.
 */
export function LettrePage(): ReactNode {
  usePageTitle(texts.title)
  const lettres = useLettres()
  return (
    <div className="page-lettre">
      <h1 tabIndex={-1}>{texts.title}</h1>
      <p className="aide">{texts.intro}</p>
      <SubscriptionBox />
      {lettres.isPending && <Loading label={texts.loading} />}
      {lettres.isError && (
        <ErrorNotice error={lettres.error} onRetry={() => void lettres.refetch()} />
      )}
      {lettres.data !== undefined && (
        <>
          {lettres.data.canManage && <DraftsPanel drafts={lettres.data.drafts} />}
          <Archive editions={lettres.data.editions} />
        </>
      )}
    </div>
  )
}
