import { useMemo } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import type { DocumentCommentsBinding } from '../../documents/index.ts'
import { CommentsPanel } from './CommentsPanel.tsx'
import { useDocumentComments } from './useDocumentComments.ts'

/**
 * The comments of an open document as its page uses them (`UseDocumentComments`): the editor's
 * highlights and « Commenter », « Commenter ce champ », and the « Commentaires » panel.
 */
export function useDocumentCommentsBinding(
  collaboration: CollaborativeDocument,
  record: DocumentView,
  account: AccountView,
): DocumentCommentsBinding {
  const comments = useDocumentComments(collaboration, record)
  const { canComment, commentSelection, commentField, commentableFields } = comments
  const field = useMemo(
    () => (canComment ? { names: commentableFields, start: commentField } : undefined),
    [canComment, commentableFields, commentField],
  )
  return {
    extensions: comments.extensions,
    attachEditor: comments.attachEditor,
    onComment: canComment ? commentSelection : undefined,
    commentField: field,
    panel: (
      <CommentsPanel
        comments={comments}
        kind={record.kind}
        account={account}
        connected={collaboration.state === 'synced'}
      />
    ),
  }
}
