import { spawn, type ChildProcess } from 'node:child_process'
import type { Cleanup } from '../cleanup.ts'
import { now, sleep } from '../clock.ts'
import { sampleProcess, type ProcessSample } from '../procStats.ts'

/** How to start one server child process and tell when it is ready. */
export interface ServerProcessOptions {
  readonly name: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Polled with GET until it answers 200. */
  readonly readyUrl: string
  readonly readyTimeoutMs: number
  readonly cleanup: Cleanup
}

/** How a server child ended. */
export interface ProcessExit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  /** True when it did not stop on SIGTERM in time and was killed. */
  readonly killed: boolean
}

const OUTPUT_LINES_KEPT = 40
const STOP_TIMEOUT_MS = 30_000

/**
 * One server running in its own Node child process (`node <args>`), with its output kept for
 * error messages and its CPU, memory and disk writes read from /proc. Registered with the
 * {@link Cleanup} so it is killed if the bench dies.
 */
export class ServerProcess {
  readonly name: string
  readonly pid: number
  readonly #child: ChildProcess
  readonly #cleanup: Cleanup
  readonly #output: string[] = []
  readonly #exited: Promise<ProcessExit>
  #killed = false

  private constructor(options: ServerProcessOptions) {
    this.name = options.name
    this.#cleanup = options.cleanup
    const child = spawn(process.execPath, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.#child = child
    options.cleanup.addProcess(child)
    if (child.pid === undefined) throw new Error(`${options.name}: spawn failed`)
    this.pid = child.pid
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        this.#keepOutput(chunk)
      })
    }
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        options.cleanup.removeProcess(child)
        resolve({ code, signal, killed: this.#killed })
      })
    })
  }

  /** Spawns the server and resolves once `readyUrl` answers 200; kills it if it never does. */
  static async start(options: ServerProcessOptions): Promise<ServerProcess> {
    const server = new ServerProcess(options)
    try {
      await server.#waitUntilReady(options.readyUrl, options.readyTimeoutMs)
    } catch (error) {
      await server.stop()
      throw error
    }
    return server
  }

  /** True until the process exits. */
  get isRunning(): boolean {
    return this.#child.exitCode === null && this.#child.signalCode === null
  }

  /** CPU seconds, RSS and storage writes of the process and its descendants, now. */
  sample(): ProcessSample {
    return sampleProcess(this.pid, now())
  }

  /** The last lines the process printed, for error messages. */
  output(): string {
    return this.#output.join('')
  }

  /** SIGTERM, then SIGKILL after 30 s. Resolves with how it ended; safe to call twice. */
  async stop(): Promise<ProcessExit> {
    if (this.isRunning) this.#child.kill('SIGTERM')
    const timer = setTimeout(() => {
      this.#killed = true
      this.#child.kill('SIGKILL')
    }, STOP_TIMEOUT_MS)
    try {
      return await this.#exited
    } finally {
      clearTimeout(timer)
      this.#cleanup.removeProcess(this.#child)
    }
  }

  async #waitUntilReady(url: string, timeoutMs: number): Promise<void> {
    const deadline = now() + timeoutMs
    while (now() < deadline) {
      if (!this.isRunning) {
        throw new Error(`${this.name} exited before it was ready:\n${this.output()}`)
      }
      try {
        const response = await fetch(url)
        await response.arrayBuffer()
        if (response.status === 200) return
      } catch {
        // Not listening yet: retry until the deadline.
      }
      await sleep(50)
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms at ${url}:\n${this.output()}`)
  }

  #keepOutput(chunk: string): void {
    this.#output.push(chunk)
    if (this.#output.length > OUTPUT_LINES_KEPT) this.#output.shift()
  }
}
