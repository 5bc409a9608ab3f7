import { useState, type ReactNode } from 'react'
import type { CommentThreadView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { CommentMessageItem } from './CommentMessageItem.tsx'
import { CommentForm, type CommentInput } from './CommentForm.tsx'
import { setThreadStatus } from './commentsApi.ts'
import { commentTexts } from './texts.ts'

/**
 * One thread in the panel: what it is about (the quote of the passage, or the field), a notice
 * when the passage was deleted, its messages, and — for those who may comment — a reply form and
 * « Résoudre » or « Rouvrir ».
 */
export function CommentThreadItem(props: {
  thread: CommentThreadView
  documentId: string
  canComment: boolean
  /** The signed-in person, whose own messages may be changed or deleted. */
  accountId: string
  /** The field's label, for a thread on a field. */
  fieldLabel: string | undefined
  passageDeleted: boolean
  active: boolean
  onShowPassage: () => void
  onReply: (input: CommentInput) => Promise<void>
}): ReactNode {
  const { thread } = props
  const api = useApi()
  const [statusError, setStatusError] = useState<string | null>(null)
  const headingId = `commentaire-${thread.id}-titre`
  const resolved = thread.status === 'resolu'

  async function handleStatus(): Promise<void> {
    setStatusError(null)
    try {
      await setThreadStatus(api, props.documentId, thread.id, resolved ? 'ouvert' : 'resolu')
    } catch (error) {
      setStatusError(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <li
      id={`commentaire-${thread.id}`}
      className={props.active ? 'fil-commentaire actif' : 'fil-commentaire'}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="objet-commentaire">
          {thread.anchor.type === 'champ' ? (
            commentTexts.onField(props.fieldLabel ?? thread.anchor.field)
          ) : (
            <>
              <span className="visuellement-cache">{commentTexts.onPassage} </span>
              <span className="citation-commentaire">
                {commentTexts.quoted(thread.anchor.quote)}
              </span>
            </>
          )}
        </h3>
        {props.passageDeleted && <p className="passage-supprime">{commentTexts.passageDeleted}</p>}
        {!props.passageDeleted && (
          <button type="button" className="bouton-lien" onClick={props.onShowPassage}>
            {commentTexts.showPassage}
          </button>
        )}
        <ol className="messages-commentaire">
          {thread.messages.map((message) => (
            <CommentMessageItem
              key={message.id}
              message={message}
              documentId={props.documentId}
              threadId={thread.id}
              own={props.canComment && message.author.id === props.accountId}
            />
          ))}
        </ol>
        {resolved && thread.resolvedBy !== undefined && thread.resolvedAt !== undefined && (
          <p className="etat-commentaire">
            {commentTexts.resolvedBy(thread.resolvedBy.name, formatDateTime(thread.resolvedAt))}
          </p>
        )}
        {props.canComment && (
          <>
            <CommentForm
              documentId={props.documentId}
              label={commentTexts.replyLabel}
              submitLabel={commentTexts.reply}
              onSubmit={props.onReply}
            />
            <button type="button" className="bouton-secondaire" onClick={() => void handleStatus()}>
              {resolved ? commentTexts.reopen : commentTexts.resolve}
            </button>
            {statusError !== null && (
              <p className="erreur" role="alert">
                {statusError}
              </p>
            )}
          </>
        )}
      </article>
    </li>
  )
}
