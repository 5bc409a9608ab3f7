import type { AnyExtension, Editor } from '@tiptap/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CommentAnchorView, CommentThreadView, DocumentView } from '@maillage/protocol'
import { CommentHighlights, anchorOfSelection, commentHighlightsKey } from '@maillage/editor'
import { fieldsOf } from '@maillage/schema'
import type { CollaborativeDocument } from '../../collaboration/index.ts'
import { useKindDefinition } from '../../fields/index.ts'
import { commentTexts } from './texts.ts'
import { useCommentThreads } from './useCommentThreads.ts'

/** Longest quote of a passage sent with a new thread (the server's bound). */
const MAX_QUOTE = 300

/** What the highlights read from the page at each change of the editor. */
class LiveState {
  threads: readonly CommentThreadView[] = []
  activeThreadId: string | null = null
  onComment: (() => void) | null = null

  update(
    threads: readonly CommentThreadView[],
    activeThreadId: string | null,
    onComment: (() => void) | null,
  ): void {
    this.threads = threads
    this.activeThreadId = activeThreadId
    this.onComment = onComment
  }
}

/** A thread being written: where it will be anchored, and how the form names that place. */
export interface CommentDraft {
  readonly anchor: CommentAnchorView
  /** The quote of the passage, or the label of the field. */
  readonly label: string
}

/** Everything the comments of one document share between the editor, the fields and the panel. */
export interface DocumentComments {
  readonly documentId: string
  readonly canComment: boolean
  readonly threads: readonly CommentThreadView[]
  readonly draft: CommentDraft | null
  /** Shown when « Commenter » was asked with nothing selected. */
  readonly hint: string | null
  readonly activeThreadId: string | null
  readonly setActiveThreadId: (id: string | null) => void
  readonly cancelDraft: () => void
  readonly commentSelection: () => void
  readonly commentField: (name: string, label: string) => void
  /** The fields of the kind one may comment, by name. */
  readonly commentableFields: ReadonlySet<string>
  /** The editor extensions of the comments (highlights, Ctrl+Alt+M); stable. */
  readonly extensions: readonly AnyExtension[]
  readonly attachEditor: (editor: Editor | null) => void
  readonly editor: Editor | null
  /** Puts the caret on the thread's passage and scrolls to it. */
  readonly showPassage: (thread: CommentThreadView) => void
}

/** The comments of the document open in `collaboration`. */
export function useDocumentComments(
  collaboration: CollaborativeDocument,
  record: DocumentView,
): DocumentComments {
  const threads = useCommentThreads(collaboration.doc)
  const canComment = record.review?.comment === true
  const [draft, setDraft] = useState<CommentDraft | null>(null)
  const [hint, setHint] = useState<string | null>(null)
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const editorRef = useRef<Editor | null>(null)
  // What the editor's extension reads at each change, kept current by the effect below.
  const [live] = useState(() => new LiveState())

  const commentSelection = useCallback(() => {
    const current = editorRef.current
    const anchor = current === null ? null : anchorOfSelection(current.state, MAX_QUOTE)
    if (anchor === null) {
      setHint(commentTexts.selectFirst)
      return
    }
    setHint(null)
    setDraft({
      anchor: { type: 'texte', start: anchor.start, end: anchor.end, quote: anchor.quote },
      label: anchor.quote,
    })
  }, [])
  const extensions = useMemo(
    () => [
      CommentHighlights.configure({
        threads: () =>
          live.threads.flatMap((thread) =>
            thread.status === 'ouvert' && thread.anchor.type === 'texte'
              ? [{ id: thread.id, start: thread.anchor.start, end: thread.anchor.end }]
              : [],
          ),
        activeThreadId: () => live.activeThreadId,
        onComment: () => {
          live.onComment?.()
        },
      }),
    ],
    [live],
  )

  // New, changed or resolved threads, or another current one: redraw the highlights.
  useEffect(() => {
    live.update(threads, activeThreadId, canComment ? commentSelection : null)
    if (editor === null || editor.isDestroyed) return
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, true))
  }, [live, editor, threads, activeThreadId, canComment, commentSelection])

  const attachEditor = useCallback((next: Editor | null) => {
    editorRef.current = next
    setEditor(next)
  }, [])

  const commentField = useCallback((name: string, label: string) => {
    setHint(null)
    setDraft({ anchor: { type: 'champ', field: name }, label })
  }, [])

  const showPassage = useCallback((thread: CommentThreadView) => {
    setActiveThreadId(thread.id)
    const current = editorRef.current
    if (thread.anchor.type === 'champ') {
      document.getElementById(`champ-${thread.anchor.field}`)?.focus()
      return
    }
    if (current === null) return
    const element = current.view.dom.querySelector(`[data-commentaire="${CSS.escape(thread.id)}"]`)
    const position = element === null ? null : current.view.posAtDOM(element, 0)
    if (position === null) return
    current.chain().focus().setTextSelection(position).scrollIntoView().run()
    element?.scrollIntoView({ block: 'center' })
  }, [])

  const definition = useKindDefinition(record.kind)
  const commentableFields = useMemo(
    () => new Set(definition === null ? [] : fieldsOf(definition).map((field) => field.name)),
    [definition],
  )

  return {
    documentId: record.id,
    canComment,
    threads,
    draft,
    hint,
    activeThreadId,
    setActiveThreadId,
    cancelDraft: useCallback(() => {
      setDraft(null)
    }, []),
    commentSelection,
    commentField,
    commentableFields,
    extensions,
    attachEditor,
    editor,
    showPassage,
  }
}
