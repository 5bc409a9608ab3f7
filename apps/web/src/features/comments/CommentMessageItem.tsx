import { useRef, useState, type ReactNode } from 'react'
import type { CommentMessageView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { ConfirmationStep } from '../../ui/ConfirmationStep.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { CommentForm, type CommentInput } from './CommentForm.tsx'
import { deleteMessage, editMessage } from './commentsApi.ts'
import { commentTexts } from './texts.ts'

/**
 * One message of a thread: author, time (and « modifié »), text; its author may change it
 * (« Modifier ») or delete it after confirming (« Supprimer »).
 */
export function CommentMessageItem(props: {
  message: CommentMessageView
  documentId: string
  threadId: string
  /** The signed-in person wrote it (and may still comment the document). */
  own: boolean
}): ReactNode {
  const { message } = props
  const api = useApi()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const target = { documentId: props.documentId, threadId: props.threadId, messageId: message.id }

  async function handleEdit(input: CommentInput): Promise<void> {
    await editMessage(api, target, input)
    setEditing(false)
  }

  async function handleDelete(): Promise<void> {
    setPending(true)
    setError(null)
    try {
      await deleteMessage(api, target)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      setPending(false)
    }
  }

  return (
    <li>
      <p className="auteur-commentaire">
        <strong>{message.author.name}</strong>{' '}
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        {message.editedAt !== undefined && ` (${commentTexts.edited})`}
      </p>
      {editing ? (
        <CommentForm
          documentId={props.documentId}
          label={commentTexts.editLabel}
          submitLabel={commentTexts.save}
          initialText={message.text}
          onSubmit={handleEdit}
          onCancel={() => {
            setEditing(false)
          }}
          autoFocus
        />
      ) : (
        <p className="texte-commentaire">{message.text}</p>
      )}
      {props.own && !editing && !confirming && (
        <div className="actions-commentaire">
          <button
            type="button"
            className="bouton-lien"
            onClick={() => {
              setEditing(true)
            }}
          >
            {commentTexts.edit}
          </button>
          <button
            ref={deleteButton}
            type="button"
            className="bouton-lien"
            onClick={() => {
              setConfirming(true)
            }}
          >
            {commentTexts.delete}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmationStep
          label={commentTexts.deleteLabel}
          question={commentTexts.deleteQuestion}
          confirmLabel={commentTexts.delete}
          pendingLabel={commentTexts.deleting}
          cancelLabel={commentTexts.cancel}
          pending={pending}
          onConfirm={() => void handleDelete()}
          onCancel={() => {
            setConfirming(false)
            requestAnimationFrame(() => deleteButton.current?.focus())
          }}
        />
      )}
      {error !== null && (
        <p className="erreur" role="alert">
          {error}
        </p>
      )}
    </li>
  )
}
