import type { Command, EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type * as Tables from '@tiptap/pm/tables'
import { loadWhenEditorApproached } from './loadWhenEditorApproached.ts'

/**
 * What the web build gives Tiptap's table extension in place of `@tiptap/pm/tables`
 * (`vite.config.ts`, plugin `tables-on-focus`): the names it imports, with `prosemirror-tables`
 * (10 kB gzipped) loaded when an editor first gets the focus or the pointer rather than with the
 * page. The table nodes themselves are the extension's, so a document's tables are shown (and
 * synchronised) at once; only editing them needs the library: selecting cells, Tab from cell to
 * cell, adding or removing rows and columns. Until it is there, these commands do nothing and a
 * Tab leaves the editor; the toolbar's table buttons wait for it (`runWithTableEditing`).
 *
 * Module state, like the linkify stand-in (`linkDetection.ts`): one library for every editor.
 */
let library: typeof Tables | null = null
let loading: Promise<typeof Tables> | null = null

// The stand-in's state holds what the library's plugin state would (the cell a drag of the mouse
// started in); the library reads and sets it through its own key, given this key's name at load.
const standInKey = new PluginKey<number | null>('tableEditingOnFocus')

// A plugin key's name, the field of a state that holds the plugin's state: prosemirror-state keeps
// it on the key (`key`) without declaring it.
interface NamedPluginKey {
  key: string
}

/** Gives `libraryKey` the name of `ownKey`, so the library finds its state in the stand-in's. */
function adoptKeyName(libraryKey: PluginKey, ownKey: PluginKey): void {
  ;(libraryKey as unknown as NamedPluginKey).key = (ownKey as unknown as NamedPluginKey).key
}

/**
 * Loads the library once; later calls return the same promise. If the file cannot be fetched
 * (offline, a new version deployed), the promise rejects and the next call tries again.
 */
export function loadTableEditing(): Promise<typeof Tables> {
  loading ??= import('@tiptap/pm/tables').then(
    (loaded) => {
      adoptKeyName(loaded.tableEditingKey, standInKey)
      library = loaded
      return loaded
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/**
 * Runs `action` (a toolbar button's table command) now if the library is there, else once it has
 * arrived: a button pressed on a slow network acts late rather than never.
 */
export function runWithTableEditing(action: () => void): void {
  if (library !== null) {
    action()
    return
  }
  // Failing (offline), the button does nothing, like any command without its code.
  loadTableEditing().then(action, () => undefined)
}

/**
 * `tableEditing`: a plugin present from the editor's creation whose state, props and appended
 * transactions are those of the library's plugin once it is loaded, and nothing before. Never added
 * later: a change of an editor's plugins makes `prosemirror-view` destroy and recreate every plugin
 * view, and y-tiptap's cursor plugin then clears the person's caret from the awareness: the others
 * no longer see it until the person's next selection change.
 */
export function tableEditing(options?: Tables.TableEditingOptions): Plugin<number | null> {
  let real: Plugin<number | null> | null = null
  // What `pick` makes of the library's plugin (made at its first use), or `fallback` before it.
  const delegate = <R>(pick: (plugin: Plugin<number | null>) => R, fallback: R): R => {
    if (real === null && library !== null) real = library.tableEditing(options)
    return real === null ? fallback : pick(real)
  }
  return new Plugin<number | null>({
    key: standInKey,
    state: {
      init: () => null,
      apply: (tr, value, oldState, newState) =>
        delegate((p) => p.spec.state?.apply.call(p, tr, value, oldState, newState) ?? value, value),
    },
    props: {
      decorations: (state) => delegate((p) => p.props.decorations?.call(p, state), undefined),
      handleDOMEvents: {
        mousedown: (view, event) =>
          delegate((p) => p.props.handleDOMEvents?.mousedown?.call(p, view, event) ?? false, false),
      },
      createSelectionBetween: (view, anchor, head) =>
        delegate((p) => p.props.createSelectionBetween?.call(p, view, anchor, head) ?? null, null),
      handleTripleClick: (view, pos, event) =>
        delegate((p) => p.props.handleTripleClick?.call(p, view, pos, event) ?? false, false),
      handleKeyDown: (view, event) =>
        delegate((p) => p.props.handleKeyDown?.call(p, view, event) ?? false, false),
      handlePaste: (view, event, slice) =>
        delegate((p) => p.props.handlePaste?.call(p, view, event, slice) ?? false, false),
    },
    appendTransaction: (transactions, oldState, newState) =>
      delegate((p) => p.spec.appendTransaction?.call(p, transactions, oldState, newState), null),
  })
}

/** `columnResizing`: never used (the tables are not resizable), present for the import. */
export function columnResizing(): Plugin {
  return new Plugin({})
}

/**
 * `CellSelection`, as the extension uses it (`instanceof`, `create`): nothing is one before the
 * library is loaded, which alone makes them.
 */
export const CellSelection = {
  [Symbol.hasInstance](value: unknown): boolean {
    return library !== null && value instanceof library.CellSelection
  },
  create(...args: Parameters<typeof Tables.CellSelection.create>): Tables.CellSelection {
    if (library === null) throw new Error('prosemirror-tables is not loaded yet')
    return library.CellSelection.create(...args)
  },
}

// A command of the library, false (not applicable) while it is not loaded.
function command(pick: (loaded: typeof Tables) => Command): Command {
  return (state, dispatch, view) =>
    library === null ? false : pick(library)(state, dispatch, view)
}

export const addColumnAfter = command((l) => l.addColumnAfter)
export const addColumnBefore = command((l) => l.addColumnBefore)
export const addRowAfter = command((l) => l.addRowAfter)
export const addRowBefore = command((l) => l.addRowBefore)
export const deleteColumn = command((l) => l.deleteColumn)
export const deleteRow = command((l) => l.deleteRow)
export const deleteTable = command((l) => l.deleteTable)
export const mergeCells = command((l) => l.mergeCells)
export const splitCell = command((l) => l.splitCell)
export const toggleHeaderCell = command((l) => l.toggleHeaderCell)

export function goToNextCell(direction: Tables.Direction): Command {
  return command((l) => l.goToNextCell(direction))
}

export function toggleHeader(...args: Parameters<typeof Tables.toggleHeader>): Command {
  return command((l) => l.toggleHeader(...args))
}

export function setCellAttr(...args: Parameters<typeof Tables.setCellAttr>): Command {
  return command((l) => l.setCellAttr(...args))
}

/** `fixTables`: nothing to fix before the library is loaded (its plugin then fixes them). */
export function fixTables(state: EditorState, oldState?: EditorState): Transaction | undefined {
  return library === null ? undefined : library.fixTables(state, oldState)
}

// Failing, the tables are edited as text until the next approach tries again.
loadWhenEditorApproached(loadTableEditing)
