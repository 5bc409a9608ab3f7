import { Fragment, type Mark, type MarkType, type Node, type Slice } from '@tiptap/pm/model'
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { ReplaceStep, type Step } from '@tiptap/pm/transform'
import { SuggestionMark, type SuggestionAuthor } from '@maillage/schema'

/** What turning an edit into a suggestion needs: who suggests, and the id and time of a new one. */
export interface SuggestionContext {
  readonly author: SuggestionAuthor
  /** Now, as an ISO 8601 instant. */
  readonly now: () => string
  /** A new suggestion id, unique among everyone's (random). */
  readonly newId: () => string
}

/**
 * Turns a transaction typed or pasted in suggestion mode into the same change as a suggestion:
 * inserted text carries an insertion mark of `context.author`; removed text is kept and marked
 * deleted, unless it is the author's own suggested insertion, which is really removed (one
 * withdraws one's own proposal). Returns null for what a suggestion cannot express — a change of
 * structure (new paragraph, list, table), of formatting, or of anything but text within one
 * paragraph — which the caller drops: the server refuses the same from a suggest-only connection.
 */
export function suggestTransaction(
  original: Transaction,
  state: EditorState,
  context: SuggestionContext,
): Transaction | null {
  const tracked = state.tr
  const steps = original.steps
  for (let index = 0; index < steps.length; index++) {
    const step = rebase(steps, index, tracked)
    if (!(step instanceof ReplaceStep) || !suggestReplace(tracked, step, context)) return null
  }
  placeSelection(original, state, tracked)
  if (original.storedMarksSet) tracked.setStoredMarks(original.storedMarks)
  if (original.scrolledIntoView) tracked.scrollIntoView()
  return tracked
}

// Step `index` of `steps` moved onto the tracked transaction's document: back through the steps
// before it, then forward through what the tracked transaction did instead.
function rebase(steps: readonly Step[], index: number, tracked: Transaction): Step | null {
  let step: Step | null = steps[index] ?? null
  for (let before = index - 1; before >= 0 && step !== null; before--) {
    const previous = steps[before]
    step = previous === undefined ? null : step.map(previous.getMap().invert())
  }
  return step?.map(tracked.mapping) ?? null
}

function suggestReplace(tr: Transaction, step: ReplaceStep, context: SuggestionContext): boolean {
  const { from, to, slice } = step
  const inserted = inlineTextOf(slice)
  if (inserted === null) return false
  const $from = tr.doc.resolve(from)
  if (!$from.parent.isTextblock || !$from.sameParent(tr.doc.resolve(to))) return false
  const stepsBefore = tr.steps.length
  if (to > from) markDeleted(tr, from, to, context)
  if (inserted.size === 0) return true
  const at = tr.mapping.slice(stepsBefore).map(to)
  const $at = tr.doc.resolve(at)
  // A paragraph without text has no `Y.XmlText` to write into: making one is a change of
  // structure, which a suggestion is not.
  if (!($at.nodeBefore?.isText === true || $at.nodeAfter?.isText === true)) return false
  const type = markType(tr, SuggestionMark.Insertion)
  const mark = ownMarkAround(type, $at.nodeBefore, $at.nodeAfter, context) ?? newMark(type, context)
  const content: Node[] = []
  inserted.forEach((node) => {
    content.push(node.mark(mark.addToSet(withoutSuggestionMarks(node.marks))))
  })
  tr.insert(at, Fragment.from(content))
  return true
}

// The inline text a slice inserts, unwrapped from the paragraph it was copied in; null when it
// holds anything else (a node, several paragraphs).
function inlineTextOf(slice: Slice): Fragment | null {
  if (slice.openStart !== slice.openEnd) return null
  let content = slice.content
  for (let depth = 0; depth < slice.openStart; depth++) {
    const only = content.childCount === 1 ? content.firstChild : null
    if (only === null) return null
    content = only.content
  }
  const nodes: Node[] = []
  content.forEach((node) => nodes.push(node))
  return nodes.every((node) => node.isText) ? content : null
}

function markDeleted(tr: Transaction, from: number, to: number, context: SuggestionContext): void {
  const type = markType(tr, SuggestionMark.Deletion)
  const $from = tr.doc.resolve(from)
  const $to = tr.doc.resolve(to)
  const mark =
    ownMarkAround(type, $from.nodeBefore, $to.nodeAfter, context) ?? newMark(type, context)
  const pieces: { from: number; to: number; node: Node }[] = []
  tr.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isText)
      pieces.push({ from: Math.max(pos, from), to: Math.min(pos + node.nodeSize, to), node })
    return !node.isInline
  })
  // From the end, so that removing one's own insertions does not move the pieces still to do.
  for (const piece of pieces.reverse()) {
    const insertion = piece.node.marks.find((each) => each.type.name === SuggestionMark.Insertion)
    if (insertion?.attrs['authorId'] === context.author.id) tr.delete(piece.from, piece.to)
    else if (!piece.node.marks.some((each) => each.type === type)) {
      tr.addMark(piece.from, piece.to, mark)
    }
  }
}

function markType(tr: Transaction, name: SuggestionMark): MarkType {
  const type = tr.doc.type.schema.marks[name]
  if (type === undefined) throw new Error(`the schema has no ${name} mark`)
  return type
}

// The author's own mark of `type` on a neighbour, so that typing or deleting on goes on one
// suggestion instead of one per key.
function ownMarkAround(
  type: MarkType,
  before: Node | null | undefined,
  after: Node | null | undefined,
  context: SuggestionContext,
): Mark | null {
  for (const node of [before, after]) {
    const mark = node?.marks.find((each) => each.type === type)
    if (mark !== undefined && mark.attrs['authorId'] === context.author.id) return mark
  }
  return null
}

function newMark(type: MarkType, context: SuggestionContext): Mark {
  return type.create({
    id: context.newId(),
    authorId: context.author.id,
    authorName: context.author.name,
    at: context.now(),
  })
}

function withoutSuggestionMarks(marks: readonly Mark[]): readonly Mark[] {
  return marks.filter(
    (mark) =>
      mark.type.name !== SuggestionMark.Insertion && mark.type.name !== SuggestionMark.Deletion,
  )
}

// Where the caret goes: where the original edit put it, carried over to the tracked document. A
// deletion with the caret keeps the struck text, so the caret steps over it in the direction of
// the key (before it for Backspace, past it for Delete) and the next key goes on.
function placeSelection(original: Transaction, state: EditorState, tracked: Transaction): void {
  const only = original.steps.length === 1 ? original.steps[0] : undefined
  if (only instanceof ReplaceStep && only.slice.size === 0 && state.selection.empty) {
    const forward = state.selection.head === only.from
    const caret = forward ? tracked.mapping.map(only.to, 1) : tracked.mapping.map(only.from, -1)
    tracked.setSelection(TextSelection.create(tracked.doc, caret))
    return
  }
  if (!original.selectionSet) return
  // Back to the starting document keeping to the left of what the edit inserted, then forward to
  // the right of what the tracked edit inserted: the caret ends after typed text, before struck.
  const back = original.mapping.invert()
  const anchor = tracked.mapping.map(back.map(original.selection.anchor, -1), 1)
  const head = tracked.mapping.map(back.map(original.selection.head, -1), 1)
  tracked.setSelection(
    TextSelection.between(tracked.doc.resolve(anchor), tracked.doc.resolve(head)),
  )
}
