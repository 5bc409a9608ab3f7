import type { ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'

/**
 * Everything the bench started that must not outlive it: server child processes, client workers,
 * temporary data directories and other resources with a synchronous last-resort release (S7's
 * PostgreSQL databases). Each is registered when made and forgotten when stopped or removed
 * normally; on exit, a signal or a crash, whatever is left is killed (SIGKILL for processes,
 * terminate for workers), removed or released, in that order.
 */
export class Cleanup {
  readonly #processes = new Set<ChildProcess>()
  readonly #workers = new Set<Worker>()
  readonly #directories = new Set<string>()
  readonly #finalizers = new Set<() => void>()
  #installed = false

  /** Kills what is left on process exit, SIGINT/SIGTERM and uncaught errors. Idempotent. */
  install(): void {
    if (this.#installed) return
    this.#installed = true
    process.on('exit', () => {
      this.killAll()
    })
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        process.stderr.write(`\nbench: ${signal}, stopping every server and worker\n`)
        this.killAll()
        process.exit(130)
      })
    }
    process.on('uncaughtException', (error) => {
      process.stderr.write(`bench: uncaught exception: ${error.stack ?? error.message}\n`)
      this.killAll()
      process.exit(1)
    })
  }

  addProcess(child: ChildProcess): void {
    this.#processes.add(child)
  }

  removeProcess(child: ChildProcess): void {
    this.#processes.delete(child)
  }

  addWorker(worker: Worker): void {
    this.#workers.add(worker)
  }

  removeWorker(worker: Worker): void {
    this.#workers.delete(worker)
  }

  addDirectory(path: string): void {
    this.#directories.add(path)
  }

  removeDirectory(path: string): void {
    this.#directories.delete(path)
  }

  /** A synchronous, best-effort release to run if the bench dies before the normal one. */
  addFinalizer(finalizer: () => void): void {
    this.#finalizers.add(finalizer)
  }

  removeFinalizer(finalizer: () => void): void {
    this.#finalizers.delete(finalizer)
  }

  /** Synchronous, so it can run in an `exit` handler. */
  killAll(): void {
    for (const child of this.#processes) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    this.#processes.clear()
    for (const worker of this.#workers) void worker.terminate()
    this.#workers.clear()
    for (const directory of this.#directories) rmSync(directory, { recursive: true, force: true })
    this.#directories.clear()
    for (const finalizer of this.#finalizers) {
      try {
        finalizer()
      } catch {
        // Best effort: the bench is dying; the others must still run.
      }
    }
    this.#finalizers.clear()
  }
}
