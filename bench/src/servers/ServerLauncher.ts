import type { Cleanup } from '../cleanup.ts'
import { createBenchDatabase, type BenchDatabase } from './benchDatabase.ts'
import { createBenchRedisPrefix, type BenchRedisPrefix } from './benchRedisPrefix.ts'
import { fetchMetrics } from '../prometheusText.ts'
import { waitFor } from '../clock.ts'
import { ServerKind } from './ServerKind.ts'
import { startServer, stopServer, type RunningServer } from './startServer.ts'

/**
 * Hands servers to scenarios. In a full run every scenario gets a fresh process of its own, so
 * memory and CPU readings start clean; in quick mode one process per kind is reused by every
 * scenario (each works on documents of its own), since starting Maillage takes seconds here.
 */
export class ServerLauncher {
  readonly #cleanup: Cleanup
  readonly #reuse: boolean
  readonly #cpuProfileDir: string | undefined
  readonly #running = new Map<ServerKind, RunningServer>()

  /** `cpuProfileDir`: Maillage runs with `--cpu-prof` and writes its profiles there on exit. */
  constructor(options: { cleanup: Cleanup; reuse: boolean; cpuProfileDir?: string }) {
    this.#cleanup = options.cleanup
    this.#reuse = options.reuse
    this.#cpuProfileDir = options.cpuProfileDir
  }

  /** A ready server of `kind`: a new one, or in quick mode the one already running. */
  async acquire(kind: ServerKind): Promise<RunningServer> {
    const existing = this.#running.get(kind)
    if (existing?.process.isRunning === true) return existing
    const server = await startServer(kind, {
      cleanup: this.#cleanup,
      ...(this.#cpuProfileDir === undefined ? {} : { cpuProfileDir: this.#cpuProfileDir }),
    })
    this.#running.set(kind, server)
    return server
  }

  /**
   * Gives a server back: stopped (and its data removed) in a full run, kept in quick mode unless
   * the scenario failed with it (it might be in any state).
   */
  async release(server: RunningServer, options: { failed: boolean }): Promise<void> {
    if (this.#reuse && !options.failed && server.process.isRunning) return
    this.#running.delete(server.kind)
    await stopServer(server, { keepDataDir: false, cleanup: this.#cleanup })
  }

  /**
   * Stops Maillage with SIGTERM (it saves everything) and starts it again on the same data
   * directory, so documents are loaded back from disk. Resolves with the new server.
   */
  async restart(server: RunningServer): Promise<RunningServer> {
    this.#running.delete(server.kind)
    await stopServer(server, { keepDataDir: true, cleanup: this.#cleanup })
    const restarted = await startServer(server.kind, {
      cleanup: this.#cleanup,
      ...(server.dataDir === null ? {} : { dataDir: server.dataDir }),
    })
    this.#running.set(server.kind, restarted)
    return restarted
  }

  /**
   * A Maillage of its own with its default sync limits (rate limit and byte budget as in
   * production), not shared with other scenarios; give it back with {@link stopDedicated}.
   */
  startWithDefaultLimits(): Promise<RunningServer> {
    return startServer(ServerKind.Maillage, { cleanup: this.#cleanup, defaultSyncLimits: true })
  }

  /**
   * `count` Maillage processes of their own (not shared with other scenarios), each on its own
   * port and data directory, all given the same extra environment (S7: the same PostgreSQL
   * database and Redis). Started one after the other, so that only the first creates the
   * database's tables; if one fails, those already started are stopped. Give each back with
   * {@link stopDedicated}.
   */
  async startMaillageProcesses(
    count: number,
    env: Readonly<Record<string, string>>,
  ): Promise<RunningServer[]> {
    const started: RunningServer[] = []
    try {
      for (let index = 0; index < count; index += 1) {
        started.push(await startServer(ServerKind.Maillage, { cleanup: this.#cleanup, env }))
      }
    } catch (error) {
      await Promise.allSettled(started.map((server) => this.stopDedicated(server)))
      throw error
    }
    return started
  }

  /**
   * Stops a Maillage of {@link startMaillageProcesses} with SIGTERM (it saves everything), runs
   * `beforeStart` on its data directory (S8 writes its data set there), and starts it again on that
   * directory with `env`. Give the new one back with {@link stopDedicated}.
   */
  async restartDedicated(
    server: RunningServer,
    options: {
      env: Readonly<Record<string, string>>
      beforeStart: (dataDir: string) => Promise<void>
    },
  ): Promise<RunningServer> {
    if (server.dataDir === null) throw new Error(`${server.kind} has no data directory`)
    await stopServer(server, { keepDataDir: true, cleanup: this.#cleanup })
    await options.beforeStart(server.dataDir)
    return startServer(ServerKind.Maillage, {
      cleanup: this.#cleanup,
      dataDir: server.dataDir,
      env: options.env,
    })
  }

  /** A new empty PostgreSQL database, dropped by the cleanup if the bench dies before `drop()`. */
  createDatabase(): Promise<BenchDatabase> {
    return createBenchDatabase(this.#cleanup)
  }

  /** A new Redis key prefix on `url`, its keys deleted by the cleanup if the bench dies first. */
  createRedisPrefix(url: string): BenchRedisPrefix {
    return createBenchRedisPrefix(this.#cleanup, url)
  }

  /**
   * Stops a server of {@link startWithDefaultLimits} or {@link startMaillageProcesses} and removes
   * its data directory.
   */
  async stopDedicated(server: RunningServer): Promise<void> {
    await stopServer(server, { keepDataDir: false, cleanup: this.#cleanup })
  }

  /** Stops every server still running (end of a quick run, or after an error). */
  async stopAll(): Promise<void> {
    const servers = [...this.#running.values()]
    this.#running.clear()
    await Promise.all(
      servers.map((server) => stopServer(server, { keepDataDir: false, cleanup: this.#cleanup })),
    )
  }
}

/** Waits until Maillage has no room in memory: every document saved, compacted and unloaded. */
export async function waitForMaillageRoomsUnloaded(
  server: RunningServer,
  timeoutMs = 30_000,
): Promise<void> {
  let rooms = Number.NaN
  await waitFor(
    async () => {
      rooms = (await fetchMetrics(server.httpUrl)).get('maillage_rooms') ?? Number.NaN
      return rooms === 0 ? true : undefined
    },
    { timeoutMs, intervalMs: 50, describe: () => `maillage_rooms is still ${rooms}` },
  )
}
