import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type * as Y from 'yjs'

/** One edit of the trace: at `position`, delete `deleteCount` characters, then insert `text`. */
export type TraceEdit = readonly [position: number, deleteCount: number, text?: string]

/**
 * The "paper" editing trace of automerge-perf (Martin Kleppmann et al., CC-BY 4.0): the keystrokes
 * of writing an academic paper in LaTeX, 259,778 edits that produce `finalText`.
 */
export interface EditingTrace {
  readonly edits: readonly TraceEdit[]
  readonly finalText: string
}

/** Reads and validates the gzipped JSON trace (`{ edits, finalText }`); throws naming the problem. */
export function loadTrace(path: string): EditingTrace {
  const parsed: unknown = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'))
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${path}: not an object`)
  const { edits, finalText } = parsed as { edits?: unknown; finalText?: unknown }
  if (!Array.isArray(edits) || typeof finalText !== 'string') {
    throw new Error(`${path}: expected { edits: [...], finalText: "..." }`)
  }
  edits.forEach((edit: unknown, index) => {
    if (!isTraceEdit(edit)) throw new Error(`${path}: edit ${index} is not [pos, del, text?]`)
  })
  return { edits: edits as TraceEdit[], finalText }
}

function isTraceEdit(value: unknown): value is TraceEdit {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) return false
  const [position, deleteCount, text] = value as unknown[]
  return (
    typeof position === 'number' &&
    typeof deleteCount === 'number' &&
    (text === undefined || typeof text === 'string')
  )
}

/** How many edits a limit stands for (a limit above the trace's length means all of them). */
export function editCount(trace: EditingTrace, editLimit: number): number {
  return Math.min(editLimit, trace.edits.length)
}

/**
 * The text after the first `editLimit` edits: `finalText` for the whole trace, otherwise the edits
 * applied to a string (cheap for the small prefixes of quick mode).
 */
export function expectedTraceText(trace: EditingTrace, editLimit: number): string {
  const count = editCount(trace, editLimit)
  if (count === trace.edits.length) return trace.finalText
  let text = ''
  for (const [position, deleteCount, inserted] of trace.edits.slice(0, count)) {
    text = text.slice(0, position) + (inserted ?? '') + text.slice(position + deleteCount)
  }
  return text
}

/** Applies edits `from` (inclusive) to `to` (exclusive) to a Y.Text, in the caller's transaction. */
export function applyTraceEdits(text: Y.Text, trace: EditingTrace, from: number, to: number): void {
  for (let index = from; index < to; index += 1) {
    const edit = trace.edits[index]
    if (edit === undefined) return
    const [position, deleteCount, inserted] = edit
    if (deleteCount > 0) text.delete(position, deleteCount)
    if (inserted !== undefined) text.insert(position, inserted)
  }
}
