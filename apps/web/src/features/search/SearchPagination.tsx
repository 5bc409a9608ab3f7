import type { ReactNode } from 'react'
import { searchTexts } from './texts.ts'

/** « Page précédente » and « Page suivante » of the results, with where one is; none for one page. */
export function SearchPagination(props: {
  page: number
  pageCount: number
  onPage: (page: number) => void
}): ReactNode {
  const { page, pageCount, onPage } = props
  if (pageCount <= 1) return null
  return (
    <nav className="pagination-recherche" aria-label={searchTexts.pagination}>
      <button
        type="button"
        className="bouton-secondaire"
        disabled={page <= 1}
        onClick={() => {
          onPage(page - 1)
        }}
      >
        {searchTexts.previous}
      </button>
      <span>{searchTexts.pageOf(page, pageCount)}</span>
      <button
        type="button"
        className="bouton-secondaire"
        disabled={page >= pageCount}
        onClick={() => {
          onPage(page + 1)
        }}
      >
        {searchTexts.next}
      </button>
    </nav>
  )
}
