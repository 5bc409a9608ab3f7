import type { Editor } from '@tiptap/core'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { CommentThreadView } from '@maillage/protocol'
import { resolveAnchor } from '@maillage/editor'

const NONE: ReadonlySet<string> = new Set()

/**
 * The ids of the threads whose passage was deleted (its two ends met), checked at every change of
 * the editor's document; the panel re-renders only when that set changes, not at each key typed.
 * Threads on a field never are.
 */
export function useDeletedPassages(
  editor: Editor | null,
  threads: readonly CommentThreadView[],
): ReadonlySet<string> {
  const last = useRef<ReadonlySet<string>>(NONE)
  const read = useCallback((): ReadonlySet<string> => {
    const next = deletedPassages(editor, threads)
    if (!isSameSet(next, last.current)) last.current = next
    return last.current
  }, [editor, threads])
  const subscribe = useCallback(
    (notify: () => void) => {
      if (editor === null) return () => undefined
      editor.on('update', notify)
      return () => {
        editor.off('update', notify)
      }
    },
    [editor],
  )
  return useSyncExternalStore(subscribe, read)
}

function deletedPassages(
  editor: Editor | null,
  threads: readonly CommentThreadView[],
): ReadonlySet<string> {
  if (editor === null || editor.isDestroyed) return NONE
  const deleted = new Set<string>()
  for (const thread of threads) {
    if (thread.anchor.type === 'texte' && resolveAnchor(editor.state, thread.anchor) === null) {
      deleted.add(thread.id)
    }
  }
  return deleted.size === 0 ? NONE : deleted
}

function isSameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false
  for (const id of a) if (!b.has(id)) return false
  return true
}
