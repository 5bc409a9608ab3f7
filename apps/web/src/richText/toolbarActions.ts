import type { ChainedCommands, Editor } from '@tiptap/core'
import { canRedo, canUndo } from '@maillage/editor'
import { focusedChain } from './focusedChain.ts'
import { runWithTableEditing } from './tableEditing.ts'

/**
 * A button's `run` for the chain `command` makes, once the tables' editing is there (loaded when
 * the editor got the focus): a button pressed while it is still on its way acts when it arrives.
 */
function withTableEditing(command: (chain: ChainedCommands) => ChainedCommands) {
  return (editor: Editor): void => {
    runWithTableEditing(() => command(focusedChain(editor)).run())
  }
}

/** One button of the formatting toolbar. */
export interface ToolbarAction {
  readonly id: string
  readonly label: string
  /** Keyboard shortcut, shown in the button's tooltip. */
  readonly shortcut?: string
  /** Whether the button is pressed where the selection is (`aria-pressed`); absent for commands. */
  readonly isActive?: (editor: Editor) => boolean
  /**
   * Whether the command can run where the selection is, for `aria-disabled`. Only for undo and
   * redo: asking every button would dry-run twenty commands at each keystroke, and a command that
   * does not apply simply does nothing.
   */
  readonly canRun?: (editor: Editor) => boolean
  readonly run: (editor: Editor) => void
}

/** Groups of the formatting toolbar, in order; the link button is handled apart (it asks a URL). */
export const TOOLBAR_GROUPS: readonly (readonly ToolbarAction[])[] = [
  [
    {
      id: 'undo',
      label: 'Annuler',
      shortcut: 'Ctrl+Z',
      canRun: (e) => canUndo(e.state),
      run: (e) => focusedChain(e).undo().run(),
    },
    {
      id: 'redo',
      label: 'Rétablir',
      shortcut: 'Ctrl+Maj+Z',
      canRun: (e) => canRedo(e.state),
      run: (e) => focusedChain(e).redo().run(),
    },
  ],
  [
    {
      id: 'h2',
      label: 'Titre',
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => focusedChain(e).toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'h3',
      label: 'Sous-titre',
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => focusedChain(e).toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    mark('bold', 'Gras', 'Ctrl+B', (e) => focusedChain(e).toggleBold().run()),
    mark('italic', 'Italique', 'Ctrl+I', (e) => focusedChain(e).toggleItalic().run()),
    mark('underline', 'Souligné', 'Ctrl+U', (e) => focusedChain(e).toggleUnderline().run()),
    mark('strike', 'Barré', 'Ctrl+Maj+S', (e) => focusedChain(e).toggleStrike().run()),
    mark('highlight', 'Surligné', 'Ctrl+Maj+H', (e) => focusedChain(e).toggleHighlight().run()),
  ],
  [
    {
      id: 'bulletList',
      label: 'Liste à puces',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => focusedChain(e).toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: 'Liste numérotée',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => focusedChain(e).toggleOrderedList().run(),
    },
    {
      id: 'taskList',
      label: 'Cases à cocher',
      isActive: (e) => e.isActive('taskList'),
      run: (e) => focusedChain(e).toggleTaskList().run(),
    },
  ],
  [
    {
      id: 'blockquote',
      label: 'Citation',
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => focusedChain(e).toggleBlockquote().run(),
    },
    {
      id: 'horizontalRule',
      label: 'Séparateur',
      run: (e) => focusedChain(e).setHorizontalRule().run(),
    },
    {
      id: 'table',
      label: 'Tableau',
      // Once the table is there, Tab moves between its cells: the tables' editing must be too.
      run: withTableEditing((chain) =>
        chain.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
      ),
    },
  ],
]

/**
 * Buttons shown only while the selection is in a table; they need the tables' editing, loaded when
 * the editor got the focus, and wait for it if it is still on its way.
 */
export const TABLE_ACTIONS: readonly ToolbarAction[] = [
  {
    id: 'addRow',
    label: 'Ajouter une ligne',
    run: withTableEditing((chain) => chain.addRowAfter()),
  },
  {
    id: 'addColumn',
    label: 'Ajouter une colonne',
    run: withTableEditing((chain) => chain.addColumnAfter()),
  },
  {
    id: 'deleteRow',
    label: 'Supprimer la ligne',
    run: withTableEditing((chain) => chain.deleteRow()),
  },
  {
    id: 'deleteColumn',
    label: 'Supprimer la colonne',
    run: withTableEditing((chain) => chain.deleteColumn()),
  },
  {
    id: 'deleteTable',
    label: 'Supprimer le tableau',
    run: withTableEditing((chain) => chain.deleteTable()),
  },
]

function mark(
  name: string,
  label: string,
  shortcut: string,
  run: (editor: Editor) => void,
): ToolbarAction {
  return {
    id: name,
    label,
    shortcut,
    isActive: (e) => e.isActive(name),
    run,
  }
}
