import type * as Y from 'yjs'
import { getSchema } from '@tiptap/core'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import {
  createContentExtensions,
  listSuggestions,
  resolveSuggestions,
  suggestTransaction,
  type SuggestionAttributes,
  type SuggestionAuthor,
  type SuggestionDecision,
  type SuggestionSummary,
} from '@maillage/editor'

// The web app's editor without a browser: the document's `body` read into ProseMirror with the
// editor's schema, an edit made there (turned into a suggestion like the suggestion mode does),
// and written back through the same Yjs binding (`updateYFragment` of y-tiptap), so that what a
// test client sends is what a browser would.

const schema = getSchema(createContentExtensions())

function stateOf(doc: Y.Doc): EditorState {
  return EditorState.create({
    schema,
    doc: yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment('body'), schema),
  })
}

function write(doc: Y.Doc, state: EditorState): void {
  doc.transact(() => {
    updateYFragment(doc, doc.getXmlFragment('body'), state.doc, {
      mapping: new Map(),
      isOMark: new Map(),
    })
  })
}

/**
 * Edits the body of `doc`: as a suggestion of `author`, or directly when `author` is null.
 * Throws when the suggestion mode would drop the edit.
 */
export function editBody(
  doc: Y.Doc,
  author: SuggestionAuthor | null,
  edit: (tr: Transaction) => void,
): void {
  const state = stateOf(doc)
  const tr = state.tr
  edit(tr)
  const applied = author === null ? tr : suggestTransaction(tr, state, suggestionContext(author))
  if (applied === null) throw new Error('the suggestion mode drops this edit')
  write(doc, state.apply(applied))
}

/** Accepts or rejects the suggestions of `doc` that `matches` selects, as an editor does. */
export function resolveInBody(
  doc: Y.Doc,
  matches: (suggestion: SuggestionAttributes) => boolean,
  decision: SuggestionDecision,
): void {
  const state = stateOf(doc)
  const tr = resolveSuggestions(state, matches, decision)
  if (tr === null) throw new Error('no suggestion matches')
  write(doc, state.apply(tr))
}

/** The suggestions of the body of `doc`, in reading order. */
export function suggestionsIn(doc: Y.Doc): SuggestionSummary[] {
  return listSuggestions(stateOf(doc).doc)
}

/** The text of the body of `doc`, struck text included. */
export function bodyText(doc: Y.Doc): string {
  return stateOf(doc).doc.textContent
}

/** The position in the body just after the first occurrence of `text` (one paragraph). */
export function positionAfter(doc: Y.Doc, text: string): number {
  const index = bodyText(doc).indexOf(text)
  if (index === -1) throw new Error(`« ${text} » is not in the body`)
  // The first paragraph opens at 0: its text starts at position 1.
  return index + text.length + 1
}

function suggestionContext(author: SuggestionAuthor) {
  return {
    author,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  }
}
