/** An object whose method `K` answers with a promise, e.g. a `DocumentStore` and `load`. */
type WithAsyncMethod<K extends string> = Record<K, (...args: never[]) => Promise<unknown>>

/**
 * Makes the next call of `target[method]` reject, as a full or failing disk would, and every later
 * call run as before: the way a test makes the real stores of a running server fail once. Returns
 * how many calls failed so far (0 or 1), so the test can check the failure happened where it meant.
 */
export function failNextCall<K extends string>(
  target: WithAsyncMethod<K>,
  method: K,
): () => number {
  const original = target[method]
  let failures = 0
  target[method] = (): Promise<never> => {
    target[method] = original
    failures += 1
    return Promise.reject(new Error(`EIO: ${method} failed (injected by the test)`))
  }
  return () => failures
}
