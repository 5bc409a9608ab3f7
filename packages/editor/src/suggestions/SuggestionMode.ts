import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { SuggestionAuthor } from '@maillage/schema'
import { suggestTransaction } from './suggestTransaction.ts'

/** Who may suggest in an editor, and how its suggestion mode starts. */
export interface SuggestionSetup {
  readonly author: SuggestionAuthor
  /** Whether the mode is on (the person's default mode is `suggestion`). */
  readonly enabled: boolean
  /** True for someone who may only suggest: the mode stays on. */
  readonly locked: boolean
}

/** The state of the suggestion mode: off and without author until configured. */
interface SuggestionModeState {
  readonly author: SuggestionAuthor | null
  readonly enabled: boolean
  readonly locked: boolean
}

const OFF: SuggestionModeState = { author: null, enabled: false, locked: false }

/**
 * Meta of the suggestion mode's transactions: a new setup (`configure`, null: nobody suggests),
 * a switch (`enabled`), or a transaction of its own that it lets through as is (`tracked`: an
 * edit turned into a suggestion; `resolve`: accepting or rejecting suggestions).
 */
type SuggestionMeta =
  | { readonly configure: SuggestionSetup | null }
  | { readonly enabled: boolean }
  | 'tracked'
  | 'resolve'

/** The key of the suggestion mode plugin. */
export const suggestionModeKey = new PluginKey<SuggestionModeState>('maillage-suggestion-mode')

function modeOf(state: EditorState): SuggestionModeState {
  return suggestionModeKey.getState(state) ?? OFF
}

/** True while the editor turns edits into suggestions. */
export function isSuggesting(state: EditorState): boolean {
  const mode = modeOf(state)
  return mode.enabled && mode.author !== null
}

/**
 * Sets who suggests in `editor` and how (null: nobody, the mode off). A transaction rather than
 * an option, so that the person's rights arriving or changing do not rebuild the editor.
 */
export function configureSuggestions(editor: Editor, setup: SuggestionSetup | null): void {
  const meta: SuggestionMeta = { configure: setup }
  editor.view.dispatch(editor.state.tr.setMeta(suggestionModeKey, meta))
}

/** Switches the suggestion mode of `editor` on or off (it stays on while locked). */
export function setSuggesting(editor: Editor, enabled: boolean): void {
  const meta: SuggestionMeta = { enabled }
  editor.view.dispatch(editor.state.tr.setMeta(suggestionModeKey, meta))
}

/** Marks a transaction as accepting or rejecting suggestions: the mode lets it through. */
export function markAsResolution(tr: Transaction): Transaction {
  return tr.setMeta(suggestionModeKey, 'resolve' satisfies SuggestionMeta)
}

// Changes that are not the person's typing: whatever the Yjs binding applies (others' edits,
// one's undo, a version shown or put back) and the mode's own transactions.
function isExempt(tr: Transaction): boolean {
  return tr.getMeta(ySyncPluginKey) !== undefined || tr.getMeta(suggestionModeKey) !== undefined
}

function nextMode(
  value: SuggestionModeState,
  meta: SuggestionMeta | undefined,
): SuggestionModeState {
  if (typeof meta !== 'object') return value
  if ('configure' in meta) {
    const setup = meta.configure
    return setup === null ? OFF : { ...setup, enabled: setup.enabled || setup.locked }
  }
  return { ...value, enabled: meta.enabled || value.locked }
}

/**
 * Suggestion mode (track changes): while on, what the person types or deletes becomes suggested
 * insertions and deletions (see `suggestTransaction`) instead of edits. Changes it cannot express
 * as a suggestion (structure, formatting, and what other plugins append, such as an autolink) are
 * dropped, so a suggest-only writer never sends what the server would refuse. Others' changes
 * and undo come through the Yjs binding untouched. Off until {@link configureSuggestions};
 * Ctrl+Alt+S (⌘⌥S) switches it.
 */
export const SuggestionMode = Extension.create({
  name: 'suggestionMode',

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state
    const { author } = modeOf(state)
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
      'Mod-Alt-s': () => {
        const mode = modeOf(this.editor.state)
        if (mode.author === null || mode.locked) return false
        setSuggesting(this.editor, !mode.enabled)
        return true
      },
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<SuggestionModeState>({
        key: suggestionModeKey,
        state: {
          init: () => OFF,
          apply: (tr, value) =>
            nextMode(value, tr.getMeta(suggestionModeKey) as SuggestionMeta | undefined),
        },
        // What other plugins append to a suggestion (an autolink, a trailing paragraph) is not one.
        filterTransaction: (tr, state) => !isSuggesting(state) || !tr.docChanged || isExempt(tr),
      }),
    ]
  },
})
