import type { Editor } from '@tiptap/core'
import { useId, useState, type ReactNode } from 'react'
import type { ExchangeMessageView, RichTextJson } from '@maillage/protocol'
import { ApiError, messageOf } from '../../api/ApiError.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { searchMentionable } from './exchangesApi.ts'
import { MessageComposer } from './MessageComposer.tsx'
import { composerTexts } from './texts.ts'
import { usePostMessage } from './useExchanges.ts'
import { useMessageEditor } from './useMessageEditor.ts'

/**
 * The reply at the foot of a thread: the composer with `@` mentions of the people of the
 * échanges, and « Envoyer » (or Ctrl+Entrée). While sending the button is disabled; when sending
 * fails — offline, server error — the text stays in the editor and the reason is shown. When the
 * server answers that the person may not post, the composer gives way to a notice.
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

  function send(editor: Editor): void {
    if (post.isPending) return
    if (editor.isEmpty) {
      setProblem(composerTexts.empty)
      return
    }
    if (!navigator.onLine) {
      setProblem(composerTexts.offline)
      return
    }
    setProblem(null)
    post.mutate(editor.getJSON() as RichTextJson, {
      onSuccess: (message) => {
        editor.commands.clearContent(true)
        setSentCount((count) => count + 1)
        onPosted(message)
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 403) {
          setRefusal(messageOf(error))
          return
        }
        setProblem(composerTexts.failed(messageOf(error)))
      },
    })
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
          disabled={post.isPending}
          onClick={() => {
            send(composer.editor)
          }}
        >
          {post.isPending ? composerTexts.sending : composerTexts.send}
        </button>
        <p className="aide" role="status">
          {sentCount > 0 && !post.isPending && problem === null ? composerTexts.sent : ''}
        </p>
      </div>
    </section>
  )
}
