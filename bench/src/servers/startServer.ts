import { writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readServerNodeOptions } from '../../../server/scripts/startCommand.ts'
import type { Cleanup } from '../cleanup.ts'
import { MAILLAGE_ENTRY, REPO_ROOT } from '../paths.ts'
import { findFreePort } from './freePort.ts'
import { serverEntry } from './serverEntries.ts'
import { clientServerUrl, ServerKind } from './ServerKind.ts'
import { ServerProcess, type ProcessExit } from './ServerProcess.ts'

/** The peers have no rate limit: Maillage's is raised out of the way so the load is the same. */
export const MAILLAGE_MAX_MESSAGES_PER_SECOND = 1_000_000

/** Nor a byte budget per connection: Maillage's is raised out of the way too (1 GiB/s). */
export const MAILLAGE_MAX_BYTES_PER_SECOND = 1024 * 1024 * 1024

const READY_TIMEOUT_MS = 60_000

/** A server of some kind, running and ready. */
export interface RunningServer {
  readonly kind: ServerKind
  readonly process: ServerProcess
  readonly port: number
  /** `http://127.0.0.1:<port>` */
  readonly httpUrl: string
  /** What a client of this server is given as server URL (see `clientServerUrl`). */
  readonly clientUrl: string
  /** Maillage's MAILLAGE_DATA_DIR; null for the in-memory peers. */
  readonly dataDir: string | null
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  readonly cleanup: Cleanup
  /** Maillage only: reuse this data directory (a restart) instead of a new temporary one. */
  readonly dataDir?: string
  /** Maillage only: run with `--cpu-prof` and write the profile there on exit. */
  readonly cpuProfileDir?: string
  /** Maillage only: keep its default sync limits (rate limit, byte budget) instead of raising them. */
  readonly defaultSyncLimits?: boolean
  /**
   * Maillage only: more environment, set last (S7 gives `DATABASE_URL`, `REDIS_URL` and
   * `MAILLAGE_REDIS_PREFIX`). Without it Maillage runs on lowdb alone, whatever the bench's own
   * environment says.
   */
  readonly env?: Readonly<Record<string, string>>
}

/**
 * Starts a server of `kind` in its own child process on a free port of 127.0.0.1, every one the
 * same way (`node <bundle>` from the repository root, see `serverEntry`; Maillage with the Node
 * options of `npm start`), and waits until it answers HTTP. A profiled Maillage (`cpuProfileDir`) runs from its sources with tsx instead, so
 * that its profile names the functions of `server/src`.
 * Maillage gets its real lowdb store in a temporary data directory, `MAILLAGE_AUTH=none`,
 * `LOG_LEVEL=warn` and its rate limit and byte budget raised out of the way.
 */
export async function startServer(
  kind: ServerKind,
  options: StartServerOptions,
): Promise<RunningServer> {
  const port = await findFreePort()
  const httpUrl = `http://127.0.0.1:${port}`
  const env = childEnvironment({ HOST: '127.0.0.1', PORT: String(port) })
  let dataDir: string | null = null
  let args: string[]
  let readyUrl = `${httpUrl}/`
  if (kind === ServerKind.Maillage) {
    dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'maillage-bench-')))
    options.cleanup.addDirectory(dataDir)
    readyUrl = `${httpUrl}/healthz`
    Object.assign(env, {
      MAILLAGE_AUTH: 'none',
      // No demo accounts and spaces: the bench measures the sync server alone.
      MAILLAGE_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      MAILLAGE_DATA_DIR: dataDir,
    })
    if (options.defaultSyncLimits !== true) {
      Object.assign(env, {
        MAILLAGE_MAX_MESSAGES_PER_SECOND: String(MAILLAGE_MAX_MESSAGES_PER_SECOND),
        MAILLAGE_MAX_BYTES_PER_SECOND: String(MAILLAGE_MAX_BYTES_PER_SECOND),
      })
    }
    if (options.env !== undefined) Object.assign(env, options.env)
    // Node's options are npm start's (read from its script), so that the bench runs the server as
    // it is run, V8's heap bounds included.
    const nodeOptions = readServerNodeOptions()
    args =
      options.cpuProfileDir === undefined
        ? [...nodeOptions, await serverEntry(kind)]
        : [
            ...nodeOptions,
            '--cpu-prof',
            `--cpu-prof-dir=${options.cpuProfileDir}`,
            '--import',
            'tsx',
            MAILLAGE_ENTRY,
          ]
  } else {
    args = [await serverEntry(kind)]
  }
  const serverProcess = await ServerProcess.start({
    name: kind,
    args,
    cwd: REPO_ROOT,
    env,
    readyUrl,
    readyTimeoutMs: READY_TIMEOUT_MS,
    cleanup: options.cleanup,
  })
  if (options.cpuProfileDir !== undefined) {
    // The profile's clock is the monotonic one of process.hrtime: its summary skips start-up.
    writeFileSync(
      join(options.cpuProfileDir, `ready-${serverProcess.pid}.txt`),
      `${process.hrtime.bigint() / 1000n}\n`,
    )
  }
  return {
    kind,
    process: serverProcess,
    port,
    httpUrl,
    clientUrl: clientServerUrl(kind, port),
    dataDir,
  }
}

/**
 * Stops a server (SIGTERM, so Maillage saves everything) and, unless `keepDataDir`, removes its
 * data directory. Rejects if it had to be killed or exited with an error, after cleaning up.
 */
export async function stopServer(
  server: RunningServer,
  options: { keepDataDir: boolean; cleanup: Cleanup },
): Promise<ProcessExit> {
  const exit = await server.process.stop()
  if (server.dataDir !== null && !options.keepDataDir) {
    await rm(server.dataDir, { recursive: true, force: true })
    options.cleanup.removeDirectory(server.dataDir)
  }
  if (exit.killed || (exit.code !== 0 && exit.signal !== 'SIGTERM')) {
    throw new Error(
      `${server.kind} did not stop cleanly (code ${exit.code}, signal ${exit.signal}):\n` +
        server.process.output(),
    )
  }
  return exit
}

/** The bench's environment without what would change how a server child runs. */
function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  // NODE_OPTIONS could load other hooks, NODE_ENV=production makes Maillage refuse MAILLAGE_AUTH=none.
  delete env.NODE_OPTIONS
  delete env.NODE_ENV
  // PostgreSQL and Redis only where a scenario asks for them (S7, through `env`): a developer's
  // shell that sets them must not turn the lowdb scenarios into scale-out ones.
  delete env.DATABASE_URL
  delete env.REDIS_URL
  delete env.MAILLAGE_REDIS_PREFIX
  return env
}
