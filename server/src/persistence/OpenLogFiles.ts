import { close, constants, open, write } from 'node:fs'

/**
 * How a log is opened: appending, created if missing, and `O_DSYNC`, so that each `write` returns
 * only once its bytes, and the file size that reaches them, are on disk — what `write` then
 * `fdatasync` gave, in one system call and one trip through libuv's thread pool instead of two
 * (Linux runs the same flush, disk cache included, at the end of such a write).
 */
export const LOG_OPEN_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | constants.O_DSYNC

/** How long a log file stays open after its last append. */
export const LOG_IDLE_CLOSE_MS = 10_000

/** Most log files kept open at once; beyond, an append opens and closes its file itself. */
export const MAX_OPEN_LOGS = 256

/** One open log file and the appends in flight on it. */
class OpenLog {
  readonly fd: number
  /** Closes it once idle for {@link LOG_IDLE_CLOSE_MS}; re-armed by every append. */
  readonly idleTimer: NodeJS.Timeout
  #inFlight = 0
  #drained: Promise<void> = Promise.resolve()
  #markDrained: () => void = () => undefined

  constructor(fd: number, onIdle: () => void) {
    this.fd = fd
    this.idleTimer = setTimeout(onIdle, LOG_IDLE_CLOSE_MS)
    this.idleTimer.unref()
  }

  get busy(): boolean {
    return this.#inFlight > 0
  }

  /** Resolves once no append is in flight on it. */
  get drained(): Promise<void> {
    return this.#drained
  }

  begin(): void {
    if (this.#inFlight === 0) {
      this.#drained = new Promise((resolve) => {
        this.#markDrained = resolve
      })
    }
    this.#inFlight += 1
    this.idleTimer.refresh()
  }

  end(): void {
    this.#inFlight -= 1
    if (this.#inFlight === 0) this.#markDrained()
  }
}

/**
 * The append-only update logs of a document store, each kept open between its appends: a room
 * being edited saves about twice a second, and opening, checking and closing the file around each
 * append cost more CPU than the write and the flush themselves. A log is closed after
 * {@link LOG_IDLE_CLOSE_MS} without an append, before its file is deleted ({@link release}), and
 * when the store closes; at most {@link MAX_OPEN_LOGS} are open at once.
 *
 * Every append is written with `O_APPEND` (after whatever a truncation left) and is on disk before
 * it resolves (`O_DSYNC`, see {@link LOG_OPEN_FLAGS}). A failed write closes the file: the next
 * append opens it again.
 */
export class OpenLogFiles {
  readonly #open = new Map<string, OpenLog>()

  /** Number of log files open now. */
  get size(): number {
    return this.#open.size
  }

  /** Appends `bytes` to the file at `path`, created if missing, and resolves once on disk. */
  async append(path: string, bytes: Uint8Array): Promise<void> {
    // The append counts on the log from the moment it is taken, so that it is not closed under it.
    const log = this.#take(path) ?? (await this.#openLog(path))
    if (log === null) {
      const fd = await openForAppend(path)
      try {
        await writeAll(fd, bytes)
      } finally {
        await closeFd(fd)
      }
      return
    }
    try {
      await writeAll(log.fd, bytes)
    } catch (error) {
      this.#forget(path, log)
      throw error
    } finally {
      log.end()
    }
  }

  /** Closes the file at `path` once the appends in flight on it are done (before deleting it). */
  async release(path: string): Promise<void> {
    const log = this.#open.get(path)
    if (log === undefined) return
    this.#open.delete(path)
    clearTimeout(log.idleTimer)
    await log.drained
    await closeFd(log.fd)
  }

  /** Closes every open file, once the appends in flight are done. */
  async closeAll(): Promise<void> {
    await Promise.all([...this.#open.keys()].map((path) => this.release(path)))
  }

  /** The open log of `path`, with an append begun on it, if it is open. */
  #take(path: string): OpenLog | undefined {
    const log = this.#open.get(path)
    log?.begin()
    return log
  }

  /** Opens the log of `path` and begins an append on it; null when too many are open. */
  async #openLog(path: string): Promise<OpenLog | null> {
    if (this.#open.size >= MAX_OPEN_LOGS) return null
    const fd = await openForAppend(path)
    // Another append to the same file may have opened it meanwhile: keep one descriptor.
    if (this.#open.has(path)) {
      const opened = this.#take(path)
      await closeFd(fd)
      return opened ?? null
    }
    if (this.#open.size >= MAX_OPEN_LOGS) {
      await closeFd(fd)
      return null
    }
    const log = new OpenLog(fd, () => {
      this.#closeIfIdle(path)
    })
    log.begin()
    this.#open.set(path, log)
    return log
  }

  #closeIfIdle(path: string): void {
    const log = this.#open.get(path)
    if (log === undefined) return
    if (log.busy) {
      log.idleTimer.refresh()
      return
    }
    this.#open.delete(path)
    closeFd(log.fd).catch(() => undefined)
  }

  /** Drops a descriptor that failed; closed once its other appends are done. */
  #forget(path: string, log: OpenLog): void {
    if (this.#open.get(path) !== log) return
    this.#open.delete(path)
    clearTimeout(log.idleTimer)
    void log.drained.then(() => closeFd(log.fd)).catch(() => undefined)
  }
}

function openForAppend(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    open(path, LOG_OPEN_FLAGS, 0o666, (error, fd) => {
      if (error === null) resolve(fd)
      else reject(error)
    })
  })
}

/** Writes every byte (a write may take fewer than asked), each write durable (`O_DSYNC`). */
async function writeAll(fd: number, bytes: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < bytes.byteLength) {
    offset += await new Promise<number>((resolve, reject) => {
      write(fd, bytes, offset, bytes.byteLength - offset, null, (error, written) => {
        if (error === null) resolve(written)
        else reject(error)
      })
    })
  }
}

function closeFd(fd: number): Promise<void> {
  return new Promise((resolve, reject) => {
    close(fd, (error) => {
      if (error === null) resolve()
      else reject(error)
    })
  })
}
