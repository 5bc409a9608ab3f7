import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { CommentThreadView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'

/**
 * The threads of comments of a document, live from its Y.Doc's `comments` root (written by the
 * server only), oldest first. Values of another shape are skipped.
 */
export function useCommentThreads(doc: Y.Doc): readonly CommentThreadView[] {
  const map = doc.getMap<unknown>(DocumentRoot.Comments)
  const cache = useRef<readonly CommentThreadView[] | null>(null)
  const subscribe = useCallback(
    (notify: () => void) => {
      const handleChange = (): void => {
        cache.current = null
        notify()
      }
      map.observe(handleChange)
      return () => {
        map.unobserve(handleChange)
      }
    },
    [map],
  )
  const snapshot = (): readonly CommentThreadView[] => {
    cache.current ??= readThreads(map)
    return cache.current
  }
  return useSyncExternalStore(subscribe, snapshot)
}

function readThreads(map: Y.Map<unknown>): readonly CommentThreadView[] {
  const threads: CommentThreadView[] = []
  for (const value of map.values()) {
    if (isThread(value)) threads.push(value)
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

function isThread(value: unknown): value is CommentThreadView {
  if (typeof value !== 'object' || value === null) return false
  const thread = value as Partial<CommentThreadView>
  return (
    typeof thread.id === 'string' &&
    typeof thread.createdAt === 'string' &&
    (thread.status === 'ouvert' || thread.status === 'resolu') &&
    typeof thread.anchor === 'object' &&
    Array.isArray(thread.messages)
  )
}
