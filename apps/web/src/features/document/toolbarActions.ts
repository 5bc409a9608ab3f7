import type { Editor } from '@tiptap/core'

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
      canRun: (e) => e.can().undo(),
      run: (e) => e.chain().focus().undo().run(),
    },
    {
      id: 'redo',
      label: 'Rétablir',
      shortcut: 'Ctrl+Maj+Z',
      canRun: (e) => e.can().redo(),
      run: (e) => e.chain().focus().redo().run(),
    },
  ],
  [
    {
      id: 'h2',
      label: 'Titre',
      isActive: (e) => e.isActive('heading', { level: 2 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      id: 'h3',
      label: 'Sous-titre',
      isActive: (e) => e.isActive('heading', { level: 3 }),
      run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
    },
  ],
  [
    mark('bold', 'Gras', 'Ctrl+B', (e) => e.chain().focus().toggleBold().run()),
    mark('italic', 'Italique', 'Ctrl+I', (e) => e.chain().focus().toggleItalic().run()),
    mark('underline', 'Souligné', 'Ctrl+U', (e) => e.chain().focus().toggleUnderline().run()),
    mark('strike', 'Barré', 'Ctrl+Maj+S', (e) => e.chain().focus().toggleStrike().run()),
    mark('highlight', 'Surligné', 'Ctrl+Maj+H', (e) => e.chain().focus().toggleHighlight().run()),
  ],
  [
    {
      id: 'bulletList',
      label: 'Liste à puces',
      isActive: (e) => e.isActive('bulletList'),
      run: (e) => e.chain().focus().toggleBulletList().run(),
    },
    {
      id: 'orderedList',
      label: 'Liste numérotée',
      isActive: (e) => e.isActive('orderedList'),
      run: (e) => e.chain().focus().toggleOrderedList().run(),
    },
    {
      id: 'taskList',
      label: 'Cases à cocher',
      isActive: (e) => e.isActive('taskList'),
      run: (e) => e.chain().focus().toggleTaskList().run(),
    },
  ],
  [
    {
      id: 'blockquote',
      label: 'Citation',
      isActive: (e) => e.isActive('blockquote'),
      run: (e) => e.chain().focus().toggleBlockquote().run(),
    },
    {
      id: 'horizontalRule',
      label: 'Séparateur',
      run: (e) => e.chain().focus().setHorizontalRule().run(),
    },
    {
      id: 'table',
      label: 'Tableau',
      run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
  ],
]

/** Buttons shown only while the selection is in a table. */
export const TABLE_ACTIONS: readonly ToolbarAction[] = [
  {
    id: 'addRow',
    label: 'Ajouter une ligne',
    run: (e) => e.chain().focus().addRowAfter().run(),
  },
  {
    id: 'addColumn',
    label: 'Ajouter une colonne',
    run: (e) => e.chain().focus().addColumnAfter().run(),
  },
  {
    id: 'deleteRow',
    label: 'Supprimer la ligne',
    run: (e) => e.chain().focus().deleteRow().run(),
  },
  {
    id: 'deleteColumn',
    label: 'Supprimer la colonne',
    run: (e) => e.chain().focus().deleteColumn().run(),
  },
  {
    id: 'deleteTable',
    label: 'Supprimer le tableau',
    run: (e) => e.chain().focus().deleteTable().run(),
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
