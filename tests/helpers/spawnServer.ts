import { spawn, type ChildProcess } from 'node:child_process'
import { createServer as createNetServer } from 'node:net'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { SERVER_BUNDLE } from '../../server/scripts/buildServer.ts'
import { ensureServerBuilt } from '../../server/scripts/ensureServerBuilt.ts'
import { readServerNodeOptions } from '../../server/scripts/startCommand.ts'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
const READY_MESSAGE = 'Maillage is ready'
const START_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 15_000
/** Variables of the developer's own server that must not reach the test's (engines included). */
const INHERITED_SETTINGS_DROPPED = new Set(['NODE_OPTIONS', 'DATABASE_URL', 'REDIS_URL'])
/** Attempts to bind a fixed port again, in case another process took it between two runs. */
const BIND_ATTEMPTS = 5

/** How one run of the server process ended. */
export interface ProcessExit {
  /** Exit code, or null when a signal ended the process. */
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
}

/** What {@link spawnServer} needs; `port` 0 (the default) lets each run pick a free port. */
export interface SpawnServerOptions {
  /** The `MAILLAGE_DATA_DIR` of every run: restarts see what earlier runs stored. */
  readonly dataDir: string
  readonly port?: number
  /** Extra environment variables (e.g. `MAILLAGE_SAVE_DELAY_MS`). */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * The server's bundle, built (once per test process) when missing or older than its sources, as
 * `npm start` does: started with plain `node`, a server is ready in a second or two, where
 * compiling every file with tsx took several (and tens of seconds on a loaded machine).
 */
let bundleBuilt: Promise<unknown> | undefined

/**
 * The real server as a child process (`node server/dist/main.mjs`, as `npm start` runs it), for
 * tests that stop, kill and restart it. Call {@link ServerProcess.dispose} in `afterEach` so that
 * no child outlives its test; a failing test leaves the collected output in
 * {@link ServerProcess.output}.
 */
export class ServerProcess {
  readonly dataDir: string
  readonly #options: SpawnServerOptions
  #child: ChildProcess | undefined
  #exited: Promise<ProcessExit> | undefined
  #lastExit: ProcessExit | undefined
  #httpUrl: string | undefined
  #output = ''

  constructor(options: SpawnServerOptions) {
    this.dataDir = options.dataDir
    this.#options = options
  }

  /** `http://127.0.0.1:<port>` of the current run; throws if the process is not running. */
  get httpUrl(): string {
    if (this.#httpUrl === undefined || !this.isRunning) throw new Error('server is not running')
    return this.#httpUrl
  }

  /** `ws://127.0.0.1:<port>/sync`, the server URL of a `WebsocketProvider`. */
  get syncUrl(): string {
    return `${this.httpUrl.replace(/^http/, 'ws')}/sync`
  }

  get isRunning(): boolean {
    return this.#child !== undefined && this.#lastExit === undefined
  }

  /** How the last run ended; undefined while it runs or before any run. */
  get lastExit(): ProcessExit | undefined {
    return this.#lastExit
  }

  /** Everything every run wrote on stdout and stderr, one line each, for debugging. */
  get output(): string {
    return this.#output
  }

  /** Starts a run and resolves once it logged that it is ready; rejects (with the output) if not. */
  async start(): Promise<void> {
    if (this.isRunning) throw new Error('server is already running')
    for (let attempt = 1; ; attempt++) {
      const outputBefore = this.#output.length
      try {
        await this.#startOnce()
        return
      } catch (error) {
        const portTaken =
          (this.#options.port ?? 0) !== 0 && this.#output.slice(outputBefore).includes('EADDRINUSE')
        if (!portTaken || attempt >= BIND_ATTEMPTS) throw error
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }
  }

  /** Sends SIGTERM and waits for the exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    return (await this.#signalAndWait('SIGTERM')).code
  }

  /** Sends SIGKILL (`kill -9`) and waits for the exit. */
  async kill9(): Promise<void> {
    await this.#signalAndWait('SIGKILL')
  }

  /** Starts a new run on the same data directory (and the same port, if one was given). */
  restart(): Promise<void> {
    return this.start()
  }

  /** Kills the current run, if any, and waits for it to exit. Safe to call at any time. */
  async dispose(): Promise<void> {
    if (this.isRunning) await this.kill9()
  }

  async #signalAndWait(signal: NodeJS.Signals): Promise<ProcessExit> {
    const child = this.#child
    const exited = this.#exited
    if (child === undefined || exited === undefined || !this.isRunning) {
      throw new Error('server is not running')
    }
    child.kill(signal)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`server did not exit within ${STOP_TIMEOUT_MS} ms of ${signal}`))
      }, STOP_TIMEOUT_MS)
    })
    try {
      return await Promise.race([exited, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  async #startOnce(): Promise<void> {
    bundleBuilt ??= ensureServerBuilt()
    await bundleBuilt
    const child = spawn(
      process.execPath,
      [...readServerNodeOptions(), '--enable-source-maps', SERVER_BUNDLE],
      {
        cwd: REPO_ROOT,
        env: this.#environment(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    this.#child = child
    this.#lastExit = undefined
    this.#httpUrl = undefined
    // If the test process exits without disposing (a crash), the child must not outlive it.
    const killOnExit = (): void => {
      child.kill('SIGKILL')
    }
    process.once('exit', killOnExit)
    // 'close' rather than 'exit': it comes once stdout and stderr are read to the end.
    this.#exited = new Promise((resolve) => {
      child.once('close', (code, signal) => {
        process.off('exit', killOnExit)
        this.#lastExit = { code, signal }
        resolve(this.#lastExit)
      })
    })
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`server was not ready within ${START_TIMEOUT_MS} ms:\n${this.#output}`))
      }, START_TIMEOUT_MS)
      createInterface({ input: child.stderr }).on('line', (line) => {
        this.#output += `${line}\n`
      })
      createInterface({ input: child.stdout }).on('line', (line) => {
        this.#output += `${line}\n`
        const url = readReadyUrl(line)
        if (url === undefined) return
        clearTimeout(timer)
        this.#httpUrl = url
        resolve()
      })
      child.once('close', (code, signal) => {
        clearTimeout(timer)
        const how = `code ${String(code)}, signal ${String(signal)}`
        reject(new Error(`server exited before it was ready (${how}):\n${this.#output}`))
      })
    })
    await ready
  }

  #environment(): NodeJS.ProcessEnv {
    const environment: NodeJS.ProcessEnv = {}
    for (const [name, value] of Object.entries(process.env)) {
      // Settings of the developer's own server must not leak into the test's.
      if (!name.startsWith('MAILLAGE_') && !INHERITED_SETTINGS_DROPPED.has(name)) {
        environment[name] = value
      }
    }
    return {
      ...environment,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(this.#options.port ?? 0),
      MAILLAGE_AUTH: 'none',
      MAILLAGE_DATA_DIR: this.#options.dataDir,
      LOG_LEVEL: 'info',
      ...this.#options.env,
    }
  }
}

/** Spawns the real server on `dataDir` and resolves once it is ready. */
export async function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const server = new ServerProcess(options)
  await server.start()
  return server
}

/**
 * A TCP port that was free a moment ago, for a server that must come back on the same port after a
 * restart (clients keep their URL). Another process may take it meanwhile; `start` then retries.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      if (address === null || typeof address === 'string') {
        reject(new Error('probe is not listening on TCP'))
        return
      }
      probe.close(() => {
        resolve(address.port)
      })
    })
  })
}

function readReadyUrl(line: string): string | undefined {
  let entry: unknown
  try {
    entry = JSON.parse(line)
  } catch {
    // Not a log line (e.g. a stack trace); it is kept in the output all the same.
    return undefined
  }
  if (typeof entry !== 'object' || entry === null) return undefined
  if (!('msg' in entry) || entry.msg !== READY_MESSAGE) return undefined
  return 'url' in entry && typeof entry.url === 'string' ? entry.url : undefined
}
