import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { AccountView, DocumentView } from '@maillage/protocol'
import { DecisionsAboutWhenAny } from '../features/gouvernance/decisions/index.ts'
import { lazyPiece } from './lazyPiece.tsx'

// An avis's « Adoption », loaded when an avis is opened.
const AdoptionPanel = lazyPiece(
  async () => (await import('../features/avis/AdoptionPanel.tsx')).AdoptionPanel,
)

/**
 * What a feature shows beside a document of its kind on the document page, handed to the page by
 * the app (features do not import each other): an avis's « Adoption ». Nothing for other kinds.
 */
export function DocumentKindPanel(props: {
  doc: Y.Doc
  record: DocumentView
  account: AccountView
}): ReactNode {
  return (
    <>
      {kindPanel(props)}
      {/* The register's decisions about it (a fiche outil's validation, a document's), if any. */}
      <DecisionsAboutWhenAny
        kind={props.record.kind === 'outil' ? 'outil' : 'document'}
        id={props.record.id}
      />
    </>
  )
}

function kindPanel(props: { doc: Y.Doc; record: DocumentView; account: AccountView }): ReactNode {
  switch (props.record.kind) {
    case 'avis':
      return <AdoptionPanel doc={props.doc} record={props.record} accountId={props.account.id} />
    default:
      return null
  }
}
