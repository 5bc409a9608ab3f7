/** An object whose method `K` answers with a promise, e.g. a `DocumentStore` and `load`. */
type WithAsyncMethod<K extends string> = Record<K, (...args: never[]) => Promise<unknown>>

/**
 * Counts the calls of `target[method]` from now on, each still running the real method: the way a
 * test checks what the real stores of a running server were asked. Returns the count so far and
 * a function that puts the method back.
 */
export function countCalls<K extends string>(
  target: WithAsyncMethod<K>,
  method: K,
): { count: () => number; restore: () => void } {
  const original = target[method]
  let calls = 0
  target[method] = (...args: never[]) => {
    calls += 1
    return original.apply(target, args)
  }
  return {
    count: () => calls,
    restore: () => {
      target[method] = original
    },
  }
}
