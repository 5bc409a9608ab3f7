import { useEffect, useMemo, useSyncExternalStore } from 'react'
import * as Y from 'yjs'
import type { ExchangeMessageView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { readMessage } from './readMessage.ts'

/** The messages of a thread as its Y.Doc holds them now. */
export interface ThreadMessages {
  readonly messages: readonly ExchangeMessageView[]
  /**
   * How many messages there were when the document first caught up with the server; those after
   * arrived while the page was open. Null before that.
   */
  readonly liveFrom: number | null
}

interface MessagesSource {
  readonly subscribe: (listener: () => void) => () => void
  readonly getSnapshot: () => ThreadMessages
  readonly markLive: () => void
}

/**
 * Reads the `messages` root of a thread's Y.Doc (written by the server only) live: each entry is
 * checked by `readMessage`, invalid ones are left out, a message appears once even if repeated.
 * `synced` is whether the document has caught up with the server.
 */
export function useThreadMessages(doc: Y.Doc, synced: boolean): ThreadMessages {
  const source = useMemo(
    () => messagesSourceOf(doc.getArray<unknown>(DocumentRoot.Messages)),
    [doc],
  )
  const snapshot = useSyncExternalStore(source.subscribe, source.getSnapshot)
  useEffect(() => {
    if (synced) source.markLive()
  }, [source, synced])
  return snapshot
}

function messagesSourceOf(array: Y.Array<unknown>): MessagesSource {
  let snapshot: ThreadMessages = { messages: readAll(array), liveFrom: null }
  const listeners = new Set<() => void>()
  const notify = (): void => {
    for (const listener of listeners) listener()
  }
  const handleChange = (): void => {
    snapshot = { ...snapshot, messages: readAll(array) }
    notify()
  }
  return {
    subscribe: (listener) => {
      if (listeners.size === 0) {
        array.observeDeep(handleChange)
        snapshot = { ...snapshot, messages: readAll(array) }
      }
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) array.unobserveDeep(handleChange)
      }
    },
    getSnapshot: () => snapshot,
    markLive: () => {
      if (snapshot.liveFrom !== null) return
      snapshot = { ...snapshot, liveFrom: snapshot.messages.length }
      notify()
    },
  }
}

function readAll(array: Y.Array<unknown>): readonly ExchangeMessageView[] {
  const seen = new Set<string>()
  const messages: ExchangeMessageView[] = []
  for (const entry of array.toArray()) {
    // Plain JSON objects, or Y.Maps (DocumentRoot's description): read both.
    const message = readMessage(entry instanceof Y.Map ? entry.toJSON() : entry)
    if (message === null || seen.has(message.id)) continue
    seen.add(message.id)
    messages.push(message)
  }
  return messages
}
