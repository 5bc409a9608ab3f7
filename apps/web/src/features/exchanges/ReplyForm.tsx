import type { Editor, JSONContent } from '@tiptap/core'
import { useId, useRef, useState, type ReactNode } from 'react'
import type { ExchangeMessageView, RichTextJson } from '@maillage/protocol'
import { ApiError, messageOf } from '../../api/ApiError.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { searchMentionable } from './exchangesApi.ts'
import { MessageComposer } from './MessageComposer.tsx'
import { composerTexts } from './texts.ts'
import { usePostMessage } from './useExchanges.ts'
import { useMessageEditor } from './useMessageEditor.ts'
import { useMessageQueue } from './useMessageQueue.ts'

/**
 * The reply at the foot of a thread: the composer with `@` mentions of the people of the
 * échanges, and « Envoyer » (or Ctrl+Entrée). Sending empties the composer at once and leaves
 * the focus in it, so that the person can write the next message while this one is posted
 * (messages go out one at a time, in order: `useMessageQueue`). Offline, the text stays in the
 * editor; when a post fails, the unsent messages come back at the start of the composer, before
 * anything typed since, and the reason is shown. When the server answers that the person may not
 * post, the composer gives way to a notice.
 */
export function ReplyForm(props: {
  threadId: string
  onPosted: (message: ExchangeMessageView) => void
}): ReactNode {
  const { threadId, onPosted } = props
  const api = useApi()
  const post = usePostMessage(threadId)
  const [problem, setProblem] = useState<string | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [sentCount, setSentCount] = useState(0)
  const id = useId()
  const editorRef = useRef<Editor | null>(null)
  const queue = useMessageQueue({
    post: post.mutateAsync,
    onPosted: (message) => {
      setSentCount((count) => count + 1)
      onPosted(message)
    },
    onFailed: (unsent, error) => {
      if (editorRef.current !== null) restoreUnsent(editorRef.current, unsent)
      if (error instanceof ApiError && error.status === 403) {
        setRefusal(messageOf(error))
        return
      }
      setProblem(composerTexts.failed(messageOf(error)))
    },
  })

  function send(editor: Editor): void {
    editorRef.current = editor
    if (editor.isEmpty) {
      // A second click while the message is on its way is not a mistake to point out.
      if (queue.pending === 0) setProblem(composerTexts.empty)
      return
    }
    if (!navigator.onLine) {
      setProblem(composerTexts.offline)
      return
    }
    setProblem(null)
    const content = editor.getJSON() as RichTextJson
    // Emptied now, not when the server answers: what the person types meanwhile is their next
    // message, and must not be wiped by the answer to this one.
    editor.commands.clearContent(true)
    queue.enqueue(content)
  }

  const composer = useMessageEditor({
    searchPeople: (query) => searchMentionable(api, threadId, query),
    labelledBy: `${id}-etiquette`,
    describedBy: `${id}-aide ${id}-erreur`,
    onSubmit: send,
  })

  if (refusal !== null) {
    return (
      <p className="avis" role="status">
        {refusal} {composerTexts.readOnly}
      </p>
    )
  }
  return (
    <section className="reponse" aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`}>{composerTexts.heading}</h2>
      <MessageComposer
        composer={composer}
        label={composerTexts.editorLabel}
        labelId={`${id}-etiquette`}
        hint={composerTexts.hint}
        hintId={`${id}-aide`}
        error={problem}
        errorId={`${id}-erreur`}
      />
      <div className="actions-composeur">
        <button
          type="button"
          className="bouton-principal"
          onClick={() => {
            send(composer.editor)
            // Back to the composer, at once: the person goes on writing, and keys typed right
            // after the click must reach it (Tiptap's `focus()` command would wait a frame).
            composer.editor.view.focus()
          }}
        >
          {queue.pending > 0 ? composerTexts.sending : composerTexts.send}
        </button>
        <p className="aide" role="status">
          {sentCount > 0 && queue.pending === 0 && problem === null ? composerTexts.sent : ''}
        </p>
      </div>
    </section>
  )
}

/**
 * Puts messages that could not be posted back at the start of the composer, in order, before
 * what was typed since; the caret stays where the person is writing.
 */
function restoreUnsent(editor: Editor, unsent: readonly RichTextJson[]): void {
  if (editor.isDestroyed) return
  const blocks = unsent.flatMap((content) => content.content ?? []) as JSONContent[]
  if (editor.isEmpty) editor.commands.setContent(blocks, { emitUpdate: true })
  else editor.commands.insertContentAt(0, blocks, { updateSelection: false })
}
