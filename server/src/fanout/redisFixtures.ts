import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The shared Redis tests use (the machine's own), or `MAILLAGE_TEST_REDIS_URL`. */
export const TEST_REDIS_URL = process.env.MAILLAGE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A prefix no other test file uses, so that parallel files never hear each other's channels. */
export function randomRedisPrefix(): string {
  return `maillage-test-${randomBytes(6).toString('hex')}:`
}

/** A `redis-server` of one test file, on a port of its own, that the test may stop and restart. */
export interface OwnRedisServer {
  readonly url: string
  readonly port: number
  /** Stops it without saving; resolves once it refuses connections. */
  stop(): Promise<void>
  /** Starts it again on the same port. */
  start(): Promise<void>
}

/**
 * Starts a `redis-server` (no persistence) on a free port, for tests of losing Redis: never stop
 * the shared one. Call `stop()` in `afterAll`.
 */
export async function startOwnRedisServer(): Promise<OwnRedisServer> {
  const port = await findFreePort()
  const server: OwnRedisServer = {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await run('redis-cli', ['-p', String(port), 'shutdown', 'nosave']).catch(() => undefined)
      await waitUntil(async () => !(await answersPing(port)))
    },
    start: async () => {
      await run('redis-server', ['--port', String(port), '--save', '', '--daemonize', 'yes'])
      await waitUntil(() => answersPing(port))
    },
  }
  await server.start()
  return server
}

async function answersPing(port: number): Promise<boolean> {
  try {
    const { stdout } = await run('redis-cli', ['-p', String(port), 'ping'])
    return stdout.trim() === 'PONG'
  } catch {
    // redis-cli exits with an error while nothing listens on the port: not answering.
    return false
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('redis-server did not change state in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}
