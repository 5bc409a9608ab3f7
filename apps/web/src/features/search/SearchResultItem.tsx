import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { SearchResultView } from '@maillage/protocol'
import { isDocumentKind, kindDefinition } from '@maillage/schema'
import { formatDateTime } from '../../ui/formatDate.ts'
import { SearchPassage } from './SearchPassage.tsx'
import { searchTexts } from './texts.ts'

/** One result: its title linking where it opens, its kind, space and date, and its passage. */
export function SearchResultItem(props: { result: SearchResultView }): ReactNode {
  const { result } = props
  const kindLabel = isDocumentKind(result.kind) ? kindDefinition(result.kind).label : result.kind
  return (
    <li className="resultat-recherche">
      <h2 className="titre-resultat">
        <Link to={result.path}>{result.title}</Link>
      </h2>
      <p className="meta-resultat">
        <span className="badge">{kindLabel}</span>
        {result.archived && <span className="badge">{searchTexts.archived}</span>}
        <span>{`${searchTexts.inSpace}\u00a0: ${result.spaceName}`}</span>
        <span>{`${searchTexts.updated} ${formatDateTime(result.updatedAt)}`}</span>
      </p>
      <SearchPassage segments={result.passage} />
    </li>
  )
}
