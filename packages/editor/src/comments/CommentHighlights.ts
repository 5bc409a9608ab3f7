import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { resolveAnchor } from './commentAnchors.ts'

/** A thread to highlight: its id and the two relative positions of its passage. */
export interface HighlightedThread {
  readonly id: string
  readonly start: unknown
  readonly end: unknown
}

/** Options of {@link CommentHighlights}. */
export interface CommentHighlightsOptions {
  /** The open threads anchored in the text, read at every change. */
  readonly threads: () => readonly HighlightedThread[]
  /** The thread shown as current (its highlight is stronger), if any. */
  readonly activeThreadId: () => string | null
  /** « Commenter » from the keyboard (Ctrl+Alt+M); absent: no shortcut. */
  readonly onComment: (() => void) | null
}

/** Plugin key of the highlights; dispatch a transaction with this meta to redraw them. */
export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights')

function decorate(state: EditorState, options: CommentHighlightsOptions): DecorationSet {
  const active = options.activeThreadId()
  const decorations: Decoration[] = []
  for (const thread of options.threads()) {
    const range = resolveAnchor(state, thread)
    if (range === null) continue
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: thread.id === active ? 'passage-commente actif' : 'passage-commente',
        'data-commentaire': thread.id,
      }),
    )
  }
  return DecorationSet.create(state.doc, decorations)
}

/**
 * Highlights the passages of the open threads of comments, recomputed from their Yjs relative
 * positions at every change of the document (theirs or anyone's) and when told
 * (`commentHighlightsKey` meta: the threads changed); Ctrl+Alt+M comments the selection.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { threads: () => [], activeThreadId: () => null, onComment: null }
  },

  addKeyboardShortcuts() {
    const { onComment } = this.options
    const shortcuts: Record<string, () => boolean> = {}
    if (onComment !== null) {
      shortcuts['Mod-Alt-m'] = () => {
        onComment()
        return true
      }
    }
    return shortcuts
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => decorate(state, options),
          apply: (transaction, previous, _old, state) =>
            transaction.docChanged || transaction.getMeta(commentHighlightsKey) !== undefined
              ? decorate(state, options)
              : previous,
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state),
        },
      }),
    ]
  },
})
