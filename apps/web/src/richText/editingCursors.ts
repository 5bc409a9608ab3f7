import { Plugin, type PluginView } from '@tiptap/pm/state'
import type * as DropCursors from '@tiptap/pm/dropcursor'
import type * as GapCursors from '@tiptap/pm/gapcursor'
import { loadWhenEditorApproached } from './loadWhenEditorApproached.ts'

/**
 * What the web build gives Tiptap's cursor extensions in place of `@tiptap/pm/gapcursor` and
 * `@tiptap/pm/dropcursor` (`vite.config.ts`, plugin `editing-cursors-on-focus`): the gap cursor (a
 * caret where no text can go, beside a table or a separator, reached with the arrow keys) and the
 * drop cursor (where a dragged passage will land) only matter to someone editing, so their
 * libraries load when an editor first gets the focus, the pointer or a drag rather than with the
 * page. Their plugins are in every editor from its creation and act once the libraries are there:
 * an editor's plugins are never changed later, which would recreate every plugin view (see
 * `tableEditing.ts`).
 *
 * Module state, like the tables' stand-in: one pair of libraries for every editor.
 */
interface Libraries {
  readonly gapCursor: typeof GapCursors.gapCursor
  readonly dropCursor: typeof DropCursors.dropCursor
}

let libraries: Libraries | null = null
let loading: Promise<Libraries> | null = null
// The drop cursors' views waiting for the library, to start the real view.
const waiting = new Set<(loaded: Libraries) => void>()

/**
 * Loads both libraries once; later calls return the same promise. If a file cannot be fetched
 * (offline, a new version deployed), the promise rejects and the next call tries again.
 */
export function loadEditingCursors(): Promise<Libraries> {
  loading ??= Promise.all([import('@tiptap/pm/gapcursor'), import('@tiptap/pm/dropcursor')]).then(
    ([gap, drop]) => {
      const loaded = { gapCursor: gap.gapCursor, dropCursor: drop.dropCursor }
      libraries = loaded
      for (const start of [...waiting]) start(loaded)
      waiting.clear()
      return loaded
    },
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** `gapCursor`: its props are the library's plugin's once loaded, and nothing before. */
export function gapCursor(): Plugin {
  let real: Plugin | null = null
  // What `pick` makes of the library's plugin (made at its first use), or `fallback` before it.
  const delegate = <R>(pick: (plugin: Plugin) => R, fallback: R): R => {
    if (real === null && libraries !== null) real = libraries.gapCursor()
    return real === null ? fallback : pick(real)
  }
  return new Plugin({
    props: {
      decorations: (state) => delegate((p) => p.props.decorations?.call(p, state), undefined),
      createSelectionBetween: (view, anchor, head) =>
        delegate((p) => p.props.createSelectionBetween?.call(p, view, anchor, head) ?? null, null),
      handleClick: (view, pos, event) =>
        delegate((p) => p.props.handleClick?.call(p, view, pos, event) ?? false, false),
      handleKeyDown: (view, event) =>
        delegate((p) => p.props.handleKeyDown?.call(p, view, event) ?? false, false),
      handleDOMEvents: {
        beforeinput: (view, event) =>
          delegate(
            (p) => p.props.handleDOMEvents?.beforeinput?.call(p, view, event) ?? false,
            false,
          ),
      },
    },
  })
}

/** `dropCursor`: a view that starts the library's once it is loaded (at once when it is). */
export function dropCursor(options?: Parameters<typeof DropCursors.dropCursor>[0]): Plugin {
  return new Plugin({
    view(view) {
      let real: PluginView | null = null
      const start = (loaded: Libraries): void => {
        if (view.isDestroyed) return
        real = loaded.dropCursor(options).spec.view?.(view) ?? null
      }
      if (libraries !== null) start(libraries)
      else waiting.add(start)
      return {
        update: (updated, previous) => real?.update?.(updated, previous),
        destroy: () => {
          waiting.delete(start)
          real?.destroy?.()
        },
      }
    },
  })
}

// Failing, there is no gap or drop cursor until the next approach tries again.
loadWhenEditorApproached(loadEditingCursors)
