import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Cleanup } from '../cleanup.ts'
import { MAILLAGE_ENTRY, REPO_ROOT } from '../paths.ts'
import { findFreePort } from '../servers/freePort.ts'
import { ServerProcess } from '../servers/ServerProcess.ts'

const READY_TIMEOUT_MS = 60_000

/** Maillage as people use it: sessions, demo accounts, the built web app, its own process. */
export interface WebServer {
  readonly process: ServerProcess
  /** `http://127.0.0.1:<port>`, also the `Origin` of its pages. */
  readonly httpUrl: string
  /** `ws://127.0.0.1:<port>/sync` */
  readonly syncUrl: string
}

/**
 * Starts `server/src/main.ts` in a child process (so its CPU is not the bench's) with
 * `MAILLAGE_AUTH=session`, the demo accounts, a temporary data directory and the default limits,
 * serving `apps/web/dist`; resolves once `/healthz` answers.
 */
export async function startWebServer(cleanup: Cleanup): Promise<WebServer> {
  const port = await findFreePort()
  const httpUrl = `http://127.0.0.1:${port}`
  const dataDir = await mkdtemp(join(tmpdir(), 'maillage-bench-web-'))
  cleanup.addDirectory(dataDir)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    MAILLAGE_AUTH: 'session',
    MAILLAGE_DEMO_DATA: 'true',
    MAILLAGE_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  }
  // NODE_OPTIONS could load other hooks; NODE_ENV=production refuses the demo accounts.
  delete env.NODE_OPTIONS
  delete env.NODE_ENV
  const serverProcess = await ServerProcess.start({
    name: 'maillage',
    args: ['--import', 'tsx', MAILLAGE_ENTRY],
    cwd: REPO_ROOT,
    env,
    readyUrl: `${httpUrl}/healthz`,
    readyTimeoutMs: READY_TIMEOUT_MS,
    cleanup,
  })
  return { process: serverProcess, httpUrl, syncUrl: `ws://127.0.0.1:${port}/sync` }
}
