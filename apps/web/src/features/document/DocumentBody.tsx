import type { Editor } from '@tiptap/core'
import { Suspense, useCallback, useMemo, type ReactNode } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import { DocumentKind, DocumentRoot } from '@maillage/schema'
import { useCreateDocument, useSpaceDocuments } from '../../api/useSpaceDocuments.ts'
import { DocumentEditor } from '../../richText/index.ts'
import { EditorSkipLink } from './EditorSkipLink.tsx'
import {
  FieldsProvider,
  LazyFieldsPanel,
  LazyQualityPanel,
  useKindDefinition,
  type FieldsEnvironment,
} from '../../fields/index.ts'
import { Loading } from '../../ui/Loading.tsx'
import { LastChangeLine } from './LastChangeLine.tsx'
import {
  PresenceList,
  collaborationTexts,
  type CollaborativeDocument,
} from '../../collaboration/index.ts'
import { TitleField } from './TitleField.tsx'
import { documentTexts } from './texts.ts'
import type { DocumentKindPanelComponent } from './DocumentKindPanelComponent.ts'
import type { UseDocumentComments, UseDocumentSuggestions } from '../../documents/index.ts'

// The rich text's region, where the page's skip link leads.
const EDITOR_REGION_ID = 'texte-du-document'

/**
 * A loaded document: its title, the structured fields of its kind, the rich text, and beside them
 * who is here and the live quality coaching.
 */
export function DocumentBody(props: {
  collaboration: CollaborativeDocument
  record: DocumentView
  account: AccountView
  editable: boolean
  title: string
  KindPanel: DocumentKindPanelComponent
  useComments: UseDocumentComments
  useSuggestions: UseDocumentSuggestions
}): ReactNode {
  const { collaboration, record, account, editable } = props
  // Null while its code loads: the text is shown meanwhile, the fields once it is there.
  const definition = useKindDefinition(record.kind)
  const fields = collaboration.doc.getMap<unknown>(DocumentRoot.Fields)
  const comments = props.useComments(collaboration, record, account)
  const suggestions = props.useSuggestions(record, account)
  const { attachEditor: attachToComments } = comments
  const { attachEditor: attachToSuggestions } = suggestions
  // The comments and the suggestions both act on the editor.
  const attachEditor = useCallback(
    (editor: Editor | null) => {
      attachToComments(editor)
      attachToSuggestions(editor)
    },
    [attachToComments, attachToSuggestions],
  )
  const hasFields = definition !== null && definition.sections.length > 0
  const environment = useFieldsEnvironmentOf(record, {
    readOnly: !editable,
    personName: account.name,
    commentField: comments.commentField,
    // The space's documents are offered by fields only: a page without any does not ask.
    withSpaceDocuments: hasFields,
  })

  return (
    <div className="document-et-presence">
      <div className="document">
        <TitleField text={collaboration.doc.getText(DocumentRoot.Title)} readOnly={!editable} />
        <LastChangeLine collaboration={collaboration} record={record} account={account} />
        {hasFields && (
          <FieldsProvider value={environment}>
            <Suspense fallback={<Loading label={documentTexts.loadingFields} />}>
              <LazyFieldsPanel fields={fields} definition={definition} />
            </Suspense>
          </FieldsProvider>
        )}
        {hasFields && <h2 className="titre-contenu">{documentTexts.bodyHeading}</h2>}
        <EditorSkipLink targetId={EDITOR_REGION_ID} kind={record.kind} />
        <div id={EDITOR_REGION_ID} tabIndex={-1} className="region-texte">
          <DocumentEditor
            collaboration={collaboration}
            user={{ name: account.name, color: account.color }}
            editable={editable || suggestions.suggestsOnly}
            extensions={comments.extensions}
            onEditor={attachEditor}
            onComment={comments.onComment}
            suggestion={suggestions.suggestion}
          />
        </div>
      </div>
      <aside className="panneau-lateral" aria-label={documentTexts.sidePanelLabel}>
        <section aria-labelledby="titre-presence">
          <h2 id="titre-presence">{collaborationTexts.presenceLabel}</h2>
          <PresenceList awareness={collaboration.awareness} />
        </section>
        {definition !== null && definition.quality !== null && (
          <Suspense fallback={null}>
            <LazyQualityPanel fields={fields} definition={definition} title={props.title} />
          </Suspense>
        )}
        <props.KindPanel doc={collaboration.doc} record={record} account={account} />
        {comments.panel}
        {suggestions.panel}
      </aside>
    </div>
  )
}

function useFieldsEnvironmentOf(
  record: DocumentView,
  options: {
    readOnly: boolean
    personName: string
    commentField: FieldsEnvironment['commentField']
    withSpaceDocuments: boolean
  },
): FieldsEnvironment {
  const { readOnly, personName, commentField } = options
  const documents = useSpaceDocuments(record.spaceId, { enabled: options.withSpaceDocuments })
  const create = useCreateDocument(record.spaceId)
  // A fiche action's indicators take new measurements through the API (with who and when).
  const measurementDocumentId = record.kind === DocumentKind.FicheAction ? record.id : undefined
  const { mutateAsync } = create
  const createLinkedDocument = useCallback(
    async (kind: string, title: string) => (await mutateAsync({ kind, title })).id,
    [mutateAsync],
  )
  return useMemo(
    () => ({
      readOnly,
      spaceDocuments: documents.data ?? [],
      createLinkedDocument,
      measurementDocumentId,
      personName,
      ...(commentField === undefined ? {} : { commentField }),
    }),
    [
      readOnly,
      documents.data,
      createLinkedDocument,
      measurementDocumentId,
      personName,
      commentField,
    ],
  )
}
