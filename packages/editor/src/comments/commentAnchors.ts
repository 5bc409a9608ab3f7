import type { EditorState } from '@tiptap/pm/state'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** A relative position as `Y.relativePositionToJSON` writes it (kept opaque outside Yjs). */
export type RelativePositionJson = Record<string, unknown>

/** A passage of the rich text as two relative positions, and the text it covers now. */
export interface TextAnchor {
  readonly start: RelativePositionJson
  readonly end: RelativePositionJson
  readonly quote: string
}

/** Where an anchor lies in the editor now: ProseMirror positions, or null once deleted. */
export interface ResolvedRange {
  readonly from: number
  readonly to: number
}

/** The Yjs binding of the editor (`ySyncPlugin`), when the editor is bound to a Y.Doc. */
interface Binding {
  readonly doc: Y.Doc
  readonly type: Y.XmlFragment
  readonly mapping: Parameters<typeof absolutePositionToRelativePosition>[2]
}

function bindingOf(state: EditorState): Binding | null {
  const sync = ySyncPluginKey.getState(state) as
    | { binding?: { doc: Y.Doc; type: Y.XmlFragment; mapping: Binding['mapping'] } | null }
    | undefined
  const binding = sync?.binding
  if (binding == null) return null
  return { doc: binding.doc, type: binding.type, mapping: binding.mapping }
}

/**
 * The anchor of the selection of `state`: its two ends as Yjs relative positions (they follow the
 * passage through everyone's edits), and its text, cut to `maxQuote` characters. Null for an
 * empty selection or an editor not bound to a Y.Doc.
 */
export function anchorOfSelection(state: EditorState, maxQuote: number): TextAnchor | null {
  const { from, to, empty } = state.selection
  const binding = bindingOf(state)
  if (empty || binding === null) return null
  const toJson = (position: number): RelativePositionJson =>
    Y.relativePositionToJSON(
      absolutePositionToRelativePosition(
        position,
        binding.type,
        binding.mapping,
      ) as Y.RelativePosition,
    ) as RelativePositionJson
  const quote = state.doc.textBetween(from, to, ' ', ' ').slice(0, maxQuote)
  return { start: toJson(from), end: toJson(to), quote }
}

/**
 * Where `anchor` lies in the editor now; null when the passage was deleted (its ends met) or
 * cannot be resolved (positions of content this client has not received yet).
 */
export function resolveAnchor(
  state: EditorState,
  anchor: { readonly start: unknown; readonly end: unknown },
): ResolvedRange | null {
  const binding = bindingOf(state)
  if (binding === null) return null
  const resolve = (json: unknown): number | null => {
    try {
      const position = Y.createRelativePositionFromJSON(json)
      return relativePositionToAbsolutePosition(
        binding.doc,
        binding.type,
        position,
        binding.mapping,
      )
    } catch {
      // A position that does not decode resolves nowhere: the thread shows its quote only.
      return null
    }
  }
  const from = resolve(anchor.start)
  const to = resolve(anchor.end)
  if (from === null || to === null || to <= from) return null
  return { from, to }
}
