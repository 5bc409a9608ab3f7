import { useCallback, useSyncExternalStore, type ReactNode } from 'react'
import { Link, Navigate, useParams } from 'react-router'
import type * as Y from 'yjs'
import type { AccountView, DocumentView, SpaceView } from '@maillage/protocol'
import { DOCUMENT_KIND_LABELS, DocumentRoot, isDocumentKind } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import {
  AtelierDocumentBreadcrumb,
  isProgrammeAtelierDocument,
} from './AtelierDocumentBreadcrumb.tsx'
import { useSession } from '../../api/useSession.ts'
import { DocumentBody } from './DocumentBody.tsx'
import type { DocumentExportMenuComponent } from './DocumentExportMenuComponent.ts'
import type { DocumentKindPanelComponent } from './DocumentKindPanelComponent.ts'
import { StatusLine, useCollaborativeDocument } from '../../collaboration/index.ts'
import {
  documentPath,
  type ProgrammeMentionComponent,
  type UseDocumentComments,
  type UseDocumentSuggestions,
} from '../../documents/index.ts'
import { documentTexts } from './texts.ts'
import { useDocumentRecord } from './useDocumentRecord.ts'

// Fiches action, one by one or all those of a feuille de route, export in the TDB RPE order.
const EXPORTABLE_KINDS: ReadonlySet<string> = new Set(['fiche-action', 'feuille-de-route'])

/** The document screen: title, rich text, who is here and the connection's status. */
export function DocumentPage(props: {
  KindPanel: DocumentKindPanelComponent
  ExportMenu: DocumentExportMenuComponent
  useComments: UseDocumentComments
  useSuggestions: UseDocumentSuggestions
  ProgrammeMention: ProgrammeMentionComponent
}): ReactNode {
  const { documentId = '' } = useParams()
  const { session } = useSession()
  const { record, space, error, isPending, refetch } = useDocumentRecord(documentId)
  usePageTitle(record?.title ?? documentTexts.loading)
  if (isPending) return <Loading label={documentTexts.loading} />
  if (record === undefined || session == null)
    return <ErrorNotice error={error} onRetry={refetch} />
  // A thread is read and answered on its own page: its messages are not the document's rich text.
  // A séance's document is prepared and written on the séance's page, with its attendance.
  if (record.kind === 'discussion' || record.kind === 'seance') {
    return <Navigate to={documentPath(record)} replace />
  }
  return (
    <DocumentWorkspace
      record={record}
      space={space}
      account={session.account}
      KindPanel={props.KindPanel}
      ExportMenu={props.ExportMenu}
      useComments={props.useComments}
      useSuggestions={props.useSuggestions}
      ProgrammeMention={props.ProgrammeMention}
    />
  )
}

function DocumentWorkspace(props: {
  record: DocumentView
  space: SpaceView | undefined
  account: AccountView
  KindPanel: DocumentKindPanelComponent
  ExportMenu: DocumentExportMenuComponent
  useComments: UseDocumentComments
  useSuggestions: UseDocumentSuggestions
  ProgrammeMention: ProgrammeMentionComponent
}): ReactNode {
  const { record, space, account, ProgrammeMention } = props
  const collaboration = useCollaborativeDocument(record.id, account)
  const title = useLiveTitle(collaboration?.doc.getText(DocumentRoot.Title), record.title)
  usePageTitle(title === '' ? documentTexts.untitled : title)
  // Decided once, from what the server says (see `useCollaborativeDocument`).
  const editable = collaboration !== null && !collaboration.readOnly
  // A lecteur whose space lets lecteurs suggest writes suggestions: their connection is live.
  const suggestsOnly = record.review?.suggest === true && record.archivedAt === undefined
  const kind = isDocumentKind(record.kind) ? DOCUMENT_KIND_LABELS[record.kind] : record.kind

  return (
    <article className="page-document">
      {isProgrammeAtelierDocument(record) ? (
        // An atelier is reached from its own page, which its document's page leads back to.
        <AtelierDocumentBreadcrumb
          atelierId={record.id}
          title={title === '' ? documentTexts.untitled : title}
        />
      ) : (
        <nav aria-label="Fil d’Ariane" className="fil-ariane">
          <ol>
            <li>
              <Link to="/">Accueil</Link>
            </li>
            <li>
              <Link to={`/espaces/${record.spaceId}`}>
                {space?.name ?? documentTexts.backToSpace}
              </Link>
            </li>
            <li aria-current="page">{title === '' ? documentTexts.untitled : title}</li>
          </ol>
        </nav>
      )}
      <h1 className="visuellement-cache" tabIndex={-1}>
        {title === '' ? documentTexts.untitled : title}
      </h1>
      <ProgrammeMention
        kind={
          record.kind === 'outil' ? 'outil' : record.kind === 'atelier' ? 'atelier' : 'document'
        }
        id={record.id}
      />
      <div className="entete-document">
        <p className="type-document">
          {kind}
          {record.sharedWithAll && <span className="badge">{documentTexts.sharedNotice}</span>}
        </p>
        {EXPORTABLE_KINDS.has(record.kind) && (
          <p className="exports">
            <a href={`/api/documents/${encodeURIComponent(record.id)}/export?format=csv`} download>
              {documentTexts.exportCsv}
            </a>
            <a href={`/api/documents/${encodeURIComponent(record.id)}/export?format=json`} download>
              {documentTexts.exportJson}
            </a>
          </p>
        )}
        <props.ExportMenu record={record} />
        <p className="lien-historique">
          <Link to={`/documents/${encodeURIComponent(record.id)}/historique`}>
            {documentTexts.history}
          </Link>
        </p>
        {collaboration !== null && (
          <StatusLine
            state={collaboration.state}
            readOnly={collaboration.readOnly && !suggestsOnly}
            onReconnect={collaboration.reconnect}
          />
        )}
      </div>
      {record.archivedAt !== undefined && <p className="avis">{documentTexts.archivedNotice}</p>}
      {record.stale === true && <p className="avis">{documentTexts.staleNotice}</p>}
      {record.archivedAt === undefined && record.access === 'read' && (
        <p className="avis">{readerNotice(record)}</p>
      )}
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={documentTexts.loading} />
      ) : (
        <DocumentBody
          collaboration={collaboration}
          record={record}
          account={account}
          editable={editable}
          title={title}
          KindPanel={props.KindPanel}
          useComments={props.useComments}
          useSuggestions={props.useSuggestions}
        />
      )}
    </article>
  )
}

// What a reader may do with the document besides reading it, said above it.
function readerNotice(record: DocumentView): string {
  if (record.review?.suggest === true) return documentTexts.suggestOnlyNotice
  if (record.review?.comment === true) return documentTexts.commentOnlyNotice
  return documentTexts.readOnlyNotice
}

// The title as it is now in the Y.Doc, for the page title and the breadcrumb.
function useLiveTitle(text: Y.Text | undefined, fallback: string): string {
  const subscribe = useCallback(
    (notify: () => void) => {
      text?.observe(notify)
      return () => {
        text?.unobserve(notify)
      }
    },
    [text],
  )
  return useSyncExternalStore(subscribe, () => text?.toString() || fallback)
}
