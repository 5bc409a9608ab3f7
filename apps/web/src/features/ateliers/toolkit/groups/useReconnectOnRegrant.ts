import { useEffect, useRef } from 'react'
import type { CollaborativeDocument } from '../../../../collaboration/index.ts'

/**
 * Reconnects the session's document when the server closed it (4403) because the person's breakout
 * seat changed (`seatKey`: running or not, and their group): the server re-checks live connections
 * when groups start, change or end, and closes those whose writable roots changed. The page's
 * document view does not change with a seat, so the collaboration layer alone would stay
 * « forbidden ». The server sends the new seat before it closes, so the key has changed by then;
 * a refusal for anything else (the same seat) is left as it is.
 */
export function useReconnectOnRegrant(
  collaboration: CollaborativeDocument,
  seatKey: string | null,
): void {
  const lastKey = useRef(seatKey)
  const reconnect = useRef(collaboration.reconnect)
  useEffect(() => {
    reconnect.current = collaboration.reconnect
  })
  const { state } = collaboration
  useEffect(() => {
    if (seatKey === null || state !== 'forbidden' || lastKey.current === seatKey) return
    lastKey.current = seatKey
    reconnect.current()
  }, [state, seatKey])
}
