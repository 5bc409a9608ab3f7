import type { ComponentType } from 'react'
import type * as Y from 'yjs'
import type { AccountView, DocumentView } from '@maillage/protocol'

/** What a feature shows beside a document of its kind (an avis's adoption), handed in by the app. */
export type DocumentKindPanelComponent = ComponentType<{
  doc: Y.Doc
  record: DocumentView
  account: AccountView
}>
