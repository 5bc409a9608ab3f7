import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/ApiError.ts'
import type { ApiClient } from '../../api/ApiClient.ts'
import { openThread, replyToThread } from './commentsApi.ts'
import {
  readPending,
  writePending,
  type NewComment,
  type PendingComment,
} from './pendingComments.ts'

/** What sending a comment came to. */
export type SendOutcome = 'envoye' | 'en-attente'

/** The comments waiting on this device, and how to send one. */
export interface PendingComments {
  readonly pending: readonly PendingComment[]
  /** Sends now when connected, else keeps it waiting; rejects with the server's refusal. */
  readonly send: (comment: NewComment) => Promise<SendOutcome>
  /** The last refusal of a comment sent from the queue, in French. */
  readonly refusal: string | null
}

function post(api: ApiClient, documentId: string, comment: PendingComment): Promise<unknown> {
  return comment.kind === 'fil'
    ? openThread(api, documentId, comment.body)
    : replyToThread(api, documentId, comment.threadId, comment.body)
}

// No answer at all (offline, server unreachable): worth trying again later.
const isNetworkFailure = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 0

/**
 * Comments typed while the document's connection is down are kept in this browser's storage per
 * document (they survive a reload) and sent, oldest first, as soon as it is `connected` again —
 * after the Y.Doc has synced, so that the passage they anchor to has reached the server.
 */
export function usePendingComments(
  api: ApiClient,
  documentId: string,
  connected: boolean,
): PendingComments {
  const [pending, setPending] = useState<readonly PendingComment[]>(() => readPending(documentId))
  const [refusal, setRefusal] = useState<string | null>(null)
  const flushing = useRef(false)

  const store = useCallback(
    (next: readonly PendingComment[]) => {
      writePending(documentId, next)
      setPending(next)
    },
    [documentId],
  )

  useEffect(() => {
    if (!connected || flushing.current) return
    const queue = readPending(documentId)
    if (queue.length === 0) return
    flushing.current = true
    void (async () => {
      let rest = queue
      for (const comment of queue) {
        try {
          await post(api, documentId, comment)
        } catch (error) {
          if (isNetworkFailure(error)) break
          setRefusal(error instanceof Error ? error.message : String(error))
        }
        rest = rest.filter((entry) => entry.localId !== comment.localId)
        store(rest)
      }
      flushing.current = false
    })()
  }, [api, documentId, connected, store])

  const send = useCallback(
    async (comment: NewComment): Promise<SendOutcome> => {
      const entry: PendingComment = { ...comment, localId: crypto.randomUUID() }
      if (connected) {
        try {
          await post(api, documentId, entry)
          return 'envoye'
        } catch (error) {
          if (!isNetworkFailure(error)) throw error
        }
      }
      store([...readPending(documentId), entry])
      return 'en-attente'
    },
    [api, documentId, connected, store],
  )

  return { pending, send, refusal }
}
