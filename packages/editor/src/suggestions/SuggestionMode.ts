import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { SuggestionAuthor } from './SuggestionMark.ts'
import { suggestTransaction } from './suggestTransaction.ts'

/** The state of the suggestion mode plugin: whether the editor suggests instead of editing. */
interface SuggestionModeState {
  readonly enabled: boolean
}

/**
 * Meta of a transaction made by the suggestion mode itself (`tracked`: an edit turned into a
 * suggestion; `resolve`: accepting or rejecting suggestions), which it lets through as is.
 */
type SuggestionMeta = { readonly enabled: boolean } | 'tracked' | 'resolve'

/** The key of the suggestion mode plugin; its meta switches the mode (see {@link setSuggesting}). */
export const suggestionModeKey = new PluginKey<SuggestionModeState>('maillage-suggestion-mode')

/** Options of {@link SuggestionMode}. */
export interface SuggestionModeOptions {
  /** Who suggests; null leaves the mode off (nobody to attribute suggestions to). */
  author: SuggestionAuthor | null
  /** Whether the editor opens suggesting. */
  enabled: boolean
  /** True for someone who may only suggest: the mode stays on (the shortcut does nothing). */
  locked: boolean
}

/** True while the editor turns edits into suggestions. */
export function isSuggesting(state: EditorState): boolean {
  return suggestionModeKey.getState(state)?.enabled ?? false
}

/** Switches the suggestion mode of `editor` on or off. */
export function setSuggesting(editor: Editor, enabled: boolean): void {
  editor.view.dispatch(editor.state.tr.setMeta(suggestionModeKey, { enabled }))
}

/** Marks a transaction as accepting or rejecting suggestions: the mode lets it through. */
export function markAsResolution(tr: Transaction): Transaction {
  return tr.setMeta(suggestionModeKey, 'resolve' satisfies SuggestionMeta)
}

// Changes that are not the person's typing: others' edits and one's undo, applied by the Yjs
// binding, and the mode's own transactions.
function isExempt(tr: Transaction): boolean {
  const sync = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return sync?.isChangeOrigin === true || tr.getMeta(suggestionModeKey) !== undefined
}

/**
 * Suggestion mode (track changes): while on, what the person types or deletes becomes suggested
 * insertions and deletions (see `suggestTransaction`) instead of edits. Changes it cannot express
 * as a suggestion (structure, formatting, and what other plugins append, such as an autolink) are
 * dropped, so a suggest-only writer never sends what the server would refuse. Others' changes
 * and undo come through the Yjs binding untouched.
 */
export const SuggestionMode = Extension.create<SuggestionModeOptions>({
  name: 'suggestionMode',

  addOptions() {
    return { author: null, enabled: false, locked: false }
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state
    const author = this.options.author
    if (
      author === null ||
      !isSuggesting(state) ||
      !transaction.docChanged ||
      isExempt(transaction)
    ) {
      next(transaction)
      return
    }
    const tracked = suggestTransaction(transaction, state, {
      author,
      now: () => new Date().toISOString(),
      newId: () => crypto.randomUUID(),
    })
    if (tracked !== null)
      next(tracked.setMeta(suggestionModeKey, 'tracked' satisfies SuggestionMeta))
  },

  addKeyboardShortcuts() {
    return {
      // Ctrl+Alt+S (⌘⌥S): the « Suggérer » toggle of the toolbar, from the keyboard.
      'Mod-Alt-s': () => {
        if (this.options.author === null || this.options.locked) return false
        setSuggesting(this.editor, !isSuggesting(this.editor.state))
        return true
      },
    }
  },

  addProseMirrorPlugins() {
    const locked = this.options.locked
    const enabledAtStart =
      (this.options.enabled || this.options.locked) && this.options.author !== null
    return [
      new Plugin<SuggestionModeState>({
        key: suggestionModeKey,
        state: {
          init: () => ({ enabled: enabledAtStart }),
          apply: (tr, value) => {
            const meta = tr.getMeta(suggestionModeKey) as SuggestionMeta | undefined
            return typeof meta === 'object' ? { enabled: meta.enabled || locked } : value
          },
        },
        // What other plugins append to a suggestion (an autolink, a trailing paragraph) is not one.
        filterTransaction: (tr, state) => !isSuggesting(state) || !tr.docChanged || isExempt(tr),
      }),
    ]
  },
})
