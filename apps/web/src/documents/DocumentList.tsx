import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { DocumentView } from '@maillage/protocol'
import { DOCUMENT_KIND_LABELS, DocumentKind, KINDS, isDocumentKind } from '@maillage/schema'
import { formatRelative } from '../ui/formatDate.ts'
import { documentsTexts } from './texts.ts'
import { documentPath } from './documentPath.ts'

/** A space's documents grouped by kind, in the order of the kinds, each with status and last change. */
export function DocumentList(props: { documents: readonly DocumentView[] }): ReactNode {
  const groups = groupByKind(props.documents)
  return (
    <div className="groupes-documents">
      {groups.map(([kind, documents]) => (
        <section key={kind} aria-labelledby={`type-${kind}`}>
          <h3 id={`type-${kind}`}>
            {isDocumentKind(kind) ? DOCUMENT_KIND_LABELS[kind] : kind}{' '}
            <span className="compte">({documents.length})</span>
          </h3>
          <ul className="liste-documents">
            {documents.map((document) => (
              <DocumentItem key={document.id} document={document} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}

/** One document in a list: its title as a link, its status and its last change. */
export function DocumentItem(props: { document: DocumentView; context?: string }): ReactNode {
  const { document } = props
  return (
    <li className="element-document">
      <Link to={documentPath(document)} className="lien-document">
        {document.title}
      </Link>
      {props.context !== undefined && <span className="contexte">{props.context}</span>}
      <span className="statut">
        {statusLabelOf(document)}
        {document.stale === true && (
          <span className="badge a-actualiser">{documentsTexts.stale}</span>
        )}
        {document.sharedWithAll && <span className="badge">{documentsTexts.shared}</span>}
      </span>
      {document.quality !== undefined && (
        <span className="qualite-liste">
          {documentsTexts.quality(document.quality.score)}
          {document.quality.weakest.length > 0 &&
            ` · ${documentsTexts.toImprove} ${document.quality.weakest.map((c) => c.label).join(', ')}`}
        </span>
      )}
      <span className="derniere-modification">
        {documentsTexts.changed} {formatRelative(document.updatedAt)}
        {document.lastEditorName !== undefined &&
          ` ${documentsTexts.by} ${document.lastEditorName}`}
      </span>
    </li>
  )
}

// Archived, or the status of its kind ("En cours"); nothing for kinds without statuses.
function statusLabelOf(document: DocumentView): string {
  if (document.archivedAt !== undefined) return documentsTexts.archived
  if (document.status === undefined || !isDocumentKind(document.kind)) return ''
  const status = KINDS[document.kind].statuses.find((option) => option.value === document.status)
  return status?.label ?? ''
}

function groupByKind(documents: readonly DocumentView[]): [string, DocumentView[]][] {
  const order: string[] = Object.values(DocumentKind)
  const groups = new Map<string, DocumentView[]>()
  for (const document of documents) {
    const group = groups.get(document.kind) ?? []
    group.push(document)
    groups.set(document.kind, group)
  }
  for (const group of groups.values()) {
    group.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }
  return [...groups.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
}
