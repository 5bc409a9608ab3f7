import { useEffect, useRef, useState } from 'react'
import type { ExchangeMessageView, RichTextJson } from '@maillage/protocol'

/** What {@link useMessageQueue} gives the reply form. */
export interface MessageQueue {
  /** Queues a message; it is posted after the ones queued before it. */
  readonly enqueue: (content: RichTextJson) => void
  /** Messages queued and not answered yet. */
  readonly pending: number
}

/**
 * The messages a person has sent from a composer and the server has not answered yet, posted one
 * at a time in the order they were sent, so that a thread never shows them swapped. When a post
 * fails, it and every message queued after it are handed back together, in order, to
 * `onFailed` (which puts them back in the composer): none is lost, none is sent out of order.
 */
export function useMessageQueue(options: {
  readonly post: (content: RichTextJson) => Promise<ExchangeMessageView>
  readonly onPosted: (message: ExchangeMessageView) => void
  readonly onFailed: (unsent: readonly RichTextJson[], error: unknown) => void
}): MessageQueue {
  const queue = useRef<RichTextJson[]>([])
  const draining = useRef(false)
  const handlers = useRef(options)
  const [pending, setPending] = useState(0)
  useEffect(() => {
    handlers.current = options
  })

  async function drain(): Promise<void> {
    draining.current = true
    try {
      for (let next = queue.current[0]; next !== undefined; next = queue.current[0]) {
        try {
          const message = await handlers.current.post(next)
          queue.current.shift()
          handlers.current.onPosted(message)
        } catch (error) {
          handlers.current.onFailed(queue.current.splice(0), error)
        }
        setPending(queue.current.length)
      }
    } finally {
      draining.current = false
    }
  }

  return {
    pending,
    enqueue: (content) => {
      queue.current.push(content)
      setPending(queue.current.length)
      if (!draining.current) void drain()
    },
  }
}
