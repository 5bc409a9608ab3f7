import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { formatLongDate } from './longDate.ts'
import { Blocks } from './RichTextView.tsx'
import { lettreTexts as texts } from './texts.ts'
import { useLettre } from './useLettres.ts'

/** `/lettre/:id`: one numéro to read, its links leading to their sources. */
export function LettreReadingPage(): ReactNode {
  const { lettreId = '' } = useParams()
  const edition = useLettre(lettreId)
  usePageTitle(edition.data?.title ?? texts.readingLoading)
  return (
    <article className="page-lettre lecture-lettre">
      <nav aria-label="Fil d’Ariane" className="fil-ariane">
        <ol>
          <li>
            <Link to="/lettre">{texts.backToArchive}</Link>
          </li>
          <li aria-current="page">{edition.data?.title ?? texts.title}</li>
        </ol>
      </nav>
      <h1 tabIndex={-1}>{edition.data?.title ?? texts.title}</h1>
      {edition.isPending && <Loading label={texts.readingLoading} />}
      {edition.isError && (
        <ErrorNotice error={edition.error} onRetry={() => void edition.refetch()} />
      )}
      {edition.data !== undefined && (
        <>
          {edition.data.published ? (
            <p className="aide">
              {texts.numeroOf(edition.data.numero, formatLongDate(edition.data.dateParution))}
            </p>
          ) : (
            <p className="avis">{texts.draftNotice}</p>
          )}
          <Blocks nodes={edition.data.content.content ?? []} />
        </>
      )}
    </article>
  )
}
