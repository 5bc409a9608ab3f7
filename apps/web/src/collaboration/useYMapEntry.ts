import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * The current value of one key of a Y.Map (a primitive, or the shared type stored there),
 * re-rendering only when that key changes — locally or from someone else.
 */
export function useYMapEntry(map: Y.Map<unknown>, key: string): unknown {
  const subscribe = useCallback(
    (notify: () => void) => {
      const handleChange = (event: Y.YMapEvent<unknown>): void => {
        if (event.keysChanged.has(key)) notify()
      }
      map.observe(handleChange)
      return () => {
        map.unobserve(handleChange)
      }
    },
    [map, key],
  )
  return useSyncExternalStore(subscribe, () => map.get(key))
}

/** A shared type whose changes, however deep, can be observed (Y.Map, Y.Array, Y.Text…). */
export interface DeepObservable {
  observeDeep(handler: () => void): void
  unobserveDeep(handler: () => void): void
}

/** A number that changes with any change inside a shared type, however deep, from anyone (none for null). */
export function useYDeepVersion(type: DeepObservable | null): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (type === null) return
    const handleChange = (): void => {
      setVersion((previous) => previous + 1)
    }
    type.observeDeep(handleChange)
    return () => {
      type.unobserveDeep(handleChange)
    }
  }, [type])
  return version
}
