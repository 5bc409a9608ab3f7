import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { promisify } from 'node:util'
import { Redis } from 'ioredis'
import { pino, type Logger } from 'pino'
import { RedisConnection } from './RedisConnection.ts'

const run = promisify(execFile)

/** The Redis tests share (the machine's own, or `MAILLAGE_TEST_REDIS_URL`); never shut it down. */
export const TEST_REDIS_URL = process.env.MAILLAGE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A prefix of its own for one test file, so that files running in parallel never share a key. */
export function randomRedisPrefix(): string {
  return `maillage-test:${randomBytes(6).toString('hex')}:`
}

/** A logger that keeps what it logs, for tests that check a warning is written (and once). */
export function recordingLogger(): { logger: Logger; messages: string[] } {
  const messages: string[] = []
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        const parsed: unknown = JSON.parse(line)
        if (typeof parsed === 'object' && parsed !== null && 'msg' in parsed) {
          messages.push(String(parsed.msg))
        }
      },
    },
  )
  return { logger, messages }
}

/** Opens a {@link RedisConnection} to `url` (default the shared test Redis) under `prefix`. */
export function openTestConnection(
  prefix: string,
  options: { url?: string; logger?: Logger } = {},
): Promise<RedisConnection> {
  return RedisConnection.open({
    url: options.url ?? TEST_REDIS_URL,
    prefix,
    logger: options.logger ?? pino({ level: 'silent' }),
  })
}

/** Deletes every key under `prefix` from the shared test Redis. */
export async function deleteKeys(prefix: string): Promise<void> {
  const client = new Redis(TEST_REDIS_URL)
  try {
    const keys = await client.keys(`${prefix}*`)
    if (keys.length > 0) await client.del(...keys)
  } finally {
    await client.quit()
  }
}

/** A Redis server of a test's own, on a free port, that the test may stop and start again. */
export interface OwnRedis {
  readonly url: string
  readonly port: number
  /** Starts it (again, on the same port); resolves once it answers. */
  start(): Promise<void>
  /** Shuts it down without saving; resolves once it has stopped answering. */
  stop(): Promise<void>
}

/** A Redis server on a free port, not started yet: call `start()`, and `stop()` in `afterAll`. */
export async function ownRedis(): Promise<OwnRedis> {
  const port = await freePort()
  const cli = (...args: string[]): Promise<{ stdout: string }> =>
    run('redis-cli', ['-p', String(port), ...args])
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async start() {
      await run('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'yes',
      ])
      await waitUntil(async () =>
        (await cli('ping').catch(() => ({ stdout: '' }))).stdout.includes('PONG'),
      )
    },
    async stop() {
      // redis-cli says nothing useful once the server has gone: only whether it still answers counts.
      await cli('shutdown', 'nosave').catch(() => undefined)
      await waitUntil(
        async () => !(await cli('ping').catch(() => ({ stdout: '' }))).stdout.includes('PONG'),
      )
    },
  }
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('no port'))
        else resolve(address.port)
      })
    })
  })
}
