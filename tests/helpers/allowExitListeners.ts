import { afterAll, beforeAll } from 'vitest'

/**
 * Raises the process's listener limit by `count` for the current test file or `describe` block,
 * then restores it. Every `WebsocketProvider` listens to process 'exit', so more than ten open at
 * once trip Node's MaxListenersExceededWarning although nothing leaks.
 */
export function allowExitListeners(count: number): void {
  let previous = 0
  beforeAll(() => {
    previous = process.getMaxListeners()
    process.setMaxListeners(previous + count)
  })
  afterAll(() => {
    process.setMaxListeners(previous)
  })
}
