import { syncDirectory } from './syncDirectory.ts'

/**
 * Flushes one directory's entries to disk for many callers at once (group commit): a caller is
 * answered by the first flush that starts after its call, so that every entry it created before
 * calling is covered, and the callers that arrive while a flush runs share the next one. A burst
 * of new documents then costs a few directory flushes instead of one each.
 */
export class CoalescedDirectorySync {
  readonly #path: string
  #running: Promise<void> | undefined
  #next: Promise<void> | undefined

  constructor(path: string) {
    this.#path = path
  }

  /** Resolves once a flush of the directory started after this call has completed. */
  sync(): Promise<void> {
    if (this.#next !== undefined) return this.#next
    const running = this.#running
    if (running === undefined) return this.#start()
    const next = running.then(ignore, ignore).then(() => {
      this.#next = undefined
      return this.#start()
    })
    this.#next = next
    return next
  }

  #start(): Promise<void> {
    const running = syncDirectory(this.#path).finally(() => {
      if (this.#running === running) this.#running = undefined
    })
    this.#running = running
    return running
  }
}

function ignore(): void {
  // The failure is reported to the callers of that flush; the next one starts regardless.
}
