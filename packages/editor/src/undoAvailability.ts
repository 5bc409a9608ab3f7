import type { EditorState } from '@tiptap/pm/state'
import { yUndoPluginKey } from '@tiptap/y-tiptap'

/** The Yjs undo manager's stacks, as the `yUndoPlugin` state holds them. */
interface UndoStacks {
  readonly undoManager?: {
    readonly undoStack: readonly unknown[]
    readonly redoStack: readonly unknown[]
  }
}

function stacksOf(state: EditorState): UndoStacks['undoManager'] {
  return (yUndoPluginKey.getState(state) as UndoStacks | undefined)?.undoManager
}

/**
 * Whether « Annuler » has something to undo: what `editor.can().undo()` answers (one's own changes
 * on the undo stack), read from the stack instead of dry-running the command, which builds a
 * chain of every command at each keystroke and each remote edit.
 */
export function canUndo(state: EditorState): boolean {
  return (stacksOf(state)?.undoStack.length ?? 0) > 0
}

/** Whether « Rétablir » has something to redo, as {@link canUndo}. */
export function canRedo(state: EditorState): boolean {
  return (stacksOf(state)?.redoStack.length ?? 0) > 0
}
