import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { AccountView, CommentThreadView } from '@maillage/protocol'
import { fieldsOf } from '@maillage/schema'
import { useApi } from '../../api/ApiProvider.tsx'
import { useKindDefinition } from '../../fields/index.ts'
import { CommentForm, type CommentInput } from './CommentForm.tsx'
import { CommentThreadItem } from './CommentThreadItem.tsx'
import { commentTexts } from './texts.ts'
import type { DocumentComments } from './useDocumentComments.ts'
import { useDeletedPassages } from './useDeletedPassages.ts'
import { usePendingComments } from './usePendingComments.ts'
import '../../styles/comments.css'

/**
 * The « Commentaires » panel beside a document: « Commenter la sélection », the form of a new
 * thread, the comments waiting to be sent from this device, and the open or resolved threads, read
 * live from the document. A new comment of someone else is announced (`aria-live`).
 */
export function CommentsPanel(props: {
  comments: DocumentComments
  kind: string
  account: AccountView
  connected: boolean
}): ReactNode {
  const { comments, account } = props
  const api = useApi()
  const [showResolved, setShowResolved] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const queue = usePendingComments(api, comments.documentId, props.connected)
  const deleted = useDeletedPassages(comments.editor, comments.threads)
  const definition = useKindDefinition(props.kind)
  const labels = useMemo(
    () =>
      new Map(
        definition === null ? [] : fieldsOf(definition).map((field) => [field.name, field.label]),
      ),
    [definition],
  )
  useAnnounceNewComments(comments.threads, account.id, setAnnouncement)

  const open = comments.threads.filter((thread) => thread.status === 'ouvert')
  const resolved = comments.threads.filter((thread) => thread.status === 'resolu')
  const shown = showResolved ? resolved : open

  async function handleNewThread(input: CommentInput): Promise<void> {
    const { draft } = comments
    if (draft === null) return
    const outcome = await queue.send({ kind: 'fil', body: { ancre: draft.anchor, ...input } })
    setAnnouncement(outcome === 'envoye' ? commentTexts.announceSent : commentTexts.announceQueued)
    comments.cancelDraft()
  }

  function replyTo(thread: CommentThreadView) {
    return async (input: CommentInput): Promise<void> => {
      const outcome = await queue.send({ kind: 'reponse', threadId: thread.id, body: input })
      setAnnouncement(
        outcome === 'envoye' ? commentTexts.announceSent : commentTexts.announceQueued,
      )
    }
  }

  return (
    <section className="panneau-commentaires" aria-labelledby="titre-commentaires">
      <h2 id="titre-commentaires">{commentTexts.panelTitle}</h2>
      {comments.canComment && (
        <button
          type="button"
          className="bouton-secondaire"
          aria-keyshortcuts="Control+Alt+M"
          // Keeps the editor's selection: the button must not take the focus before reading it.
          onMouseDown={(event) => {
            event.preventDefault()
          }}
          onClick={comments.commentSelection}
        >
          {commentTexts.commentSelection}
        </button>
      )}
      {comments.hint !== null && (
        <p className="aide" role="status">
          {comments.hint}
        </p>
      )}
      {comments.draft !== null && (
        <div className="nouveau-commentaire">
          <p className="objet-commentaire">
            {comments.draft.anchor.type === 'champ' ? (
              commentTexts.onField(comments.draft.label)
            ) : (
              <>
                {commentTexts.onPassage} {commentTexts.quoted(comments.draft.label)}
              </>
            )}
          </p>
          <CommentForm
            documentId={comments.documentId}
            label={commentTexts.newCommentLabel}
            submitLabel={commentTexts.send}
            onSubmit={handleNewThread}
            onCancel={comments.cancelDraft}
            autoFocus
          />
        </div>
      )}
      {queue.refusal !== null && (
        <p className="erreur" role="alert">
          {commentTexts.refused(queue.refusal)}
        </p>
      )}
      {queue.pending.length > 0 && (
        <section className="commentaires-en-attente" aria-labelledby="titre-en-attente">
          <h3 id="titre-en-attente">{commentTexts.pendingTitle}</h3>
          <p className="aide">{commentTexts.pendingHint}</p>
          <ul>
            {queue.pending.map((entry) => (
              <li key={entry.localId}>
                {entry.body.texte} <span className="badge">{commentTexts.pending}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="filtre-commentaires" role="group" aria-label={commentTexts.filterLabel}>
        <button
          type="button"
          aria-pressed={!showResolved}
          onClick={() => {
            setShowResolved(false)
          }}
        >
          {commentTexts.openTab(open.length)}
        </button>
        <button
          type="button"
          aria-pressed={showResolved}
          onClick={() => {
            setShowResolved(true)
          }}
        >
          {commentTexts.resolvedTab(resolved.length)}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="aide">{showResolved ? commentTexts.noResolved : commentTexts.noOpen}</p>
      ) : (
        <ol className="fils-commentaires">
          {shown.map((thread) => (
            <CommentThreadItem
              key={thread.id}
              thread={thread}
              documentId={comments.documentId}
              canComment={comments.canComment}
              accountId={account.id}
              fieldLabel={
                thread.anchor.type === 'champ' ? labels.get(thread.anchor.field) : undefined
              }
              passageDeleted={deleted.has(thread.id)}
              active={comments.activeThreadId === thread.id}
              onShowPassage={() => {
                comments.showPassage(thread)
              }}
              onReply={replyTo(thread)}
            />
          ))}
        </ol>
      )}
      <p className="visuellement-cache" aria-live="polite">
        {announcement}
      </p>
    </section>
  )
}

/** Announces each new message of someone else (not those present when the page opened). */
function useAnnounceNewComments(
  threads: readonly CommentThreadView[],
  accountId: string,
  announce: (text: string) => void,
): void {
  const seen = useRef<Set<string> | null>(null)
  useEffect(() => {
    const ids = threads.flatMap((thread) => thread.messages.map((message) => message.id))
    if (seen.current === null) {
      seen.current = new Set(ids)
      return
    }
    const known = seen.current
    for (const thread of threads) {
      for (const message of thread.messages) {
        if (known.has(message.id)) continue
        known.add(message.id)
        if (message.author.id !== accountId) announce(commentTexts.announceNew(message.author.name))
      }
    }
  }, [threads, accountId, announce])
}
