import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useState } from 'react'
import type { CommentThreadView } from '@maillage/protocol'
import { resolveAnchor } from '@maillage/editor'

/**
 * The ids of the threads whose passage was deleted (its two ends met), recomputed at every change
 * of the editor's document. Threads on a field never are.
 */
export function useDeletedPassages(
  editor: Editor | null,
  threads: readonly CommentThreadView[],
): ReadonlySet<string> {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (editor === null) return
    const handleUpdate = (): void => {
      setVersion((current) => current + 1)
    }
    editor.on('update', handleUpdate)
    return () => {
      editor.off('update', handleUpdate)
    }
  }, [editor])
  return useMemo(() => {
    const deleted = new Set<string>()
    // `version` counts the editor's changes: a deletion by anyone recomputes this.
    if (editor === null || editor.isDestroyed || version < 0) return deleted
    for (const thread of threads) {
      if (thread.anchor.type === 'texte' && resolveAnchor(editor.state, thread.anchor) === null) {
        deleted.add(thread.id)
      }
    }
    return deleted
  }, [editor, threads, version])
}
