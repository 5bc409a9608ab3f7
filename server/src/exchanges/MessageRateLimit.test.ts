import { afterAll, describe, expect, it } from 'vitest'
import type { EventWindows } from '../coordination/EventWindows.ts'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisEventWindows } from '../coordination/RedisEventWindows.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import { AppError } from '../errors/AppError.ts'
import type { Timers } from '../time/Timers.ts'
import { MessageRateLimit } from './MessageRateLimit.ts'

function manualClock(): Timers & { advance(ms: number): void } {
  let now = 1_000_000
  return {
    now: () => now,
    setTimeout: () => setTimeout(() => undefined, 0),
    clearTimeout: (handle) => {
      clearTimeout(handle)
    },
    advance: (ms) => {
      now += ms
    },
  }
}

async function refusal(limit: MessageRateLimit, accountId: string): Promise<AppError> {
  try {
    await limit.admit(accountId)
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the message was admitted')
}

const prefix = randomRedisPrefix()
const connections: RedisConnection[] = []
let namespaces = 0
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()))
  await deleteKeys(prefix)
})

async function redisWindows(namespace: string): Promise<EventWindows> {
  const connection = await openTestConnection(prefix)
  connections.push(connection)
  return new RedisEventWindows(connection, namespace)
}

const adapters = [
  {
    name: 'memory',
    windows: (): Promise<EventWindows> => Promise.resolve(new MemoryEventWindows()),
  },
  {
    name: 'Redis',
    windows: (): Promise<EventWindows> => {
      namespaces += 1
      return redisWindows(`messages-${namespaces}`)
    },
  },
]

describe.each(adapters)('MessageRateLimit over $name', ({ windows }) => {
  it('refuses the message after the allowed ones until the oldest leaves the window', async () => {
    const clock = manualClock()
    const limit = new MessageRateLimit({ perAccount: 3, windowMs: 60_000 }, clock, await windows())
    for (let message = 0; message < 3; message += 1) {
      await limit.admit('nadia')
      clock.advance(1_000)
    }
    const refused = await refusal(limit, 'nadia')
    expect(refused.code).toBe('RATE_LIMITED')
    expect(refused.retryAfterSeconds).toBe(57)
    expect(refused.message).toContain('57 secondes')
    clock.advance(56_999)
    expect((await refusal(limit, 'nadia')).retryAfterSeconds).toBe(1)
    clock.advance(1)
    await expect(limit.admit('nadia')).resolves.toBeUndefined()
  })

  it('counts each account apart, and does not count refused attempts', async () => {
    const clock = manualClock()
    const limit = new MessageRateLimit({ perAccount: 2, windowMs: 60_000 }, clock, await windows())
    await limit.admit('nadia')
    await limit.admit('nadia')
    for (let attempt = 0; attempt < 5; attempt += 1) await refusal(limit, 'nadia')
    await expect(limit.admit('julien')).resolves.toBeUndefined()
    clock.advance(60_000)
    await limit.admit('nadia')
    await limit.admit('nadia')
    expect((await refusal(limit, 'nadia')).code).toBe('RATE_LIMITED')
  })
})

describe('MessageRateLimit over Redis, three processes', () => {
  it('admits exactly the limit out of 20 messages posted in parallel on 3 processes', async () => {
    const clock = manualClock()
    const limits = await Promise.all(
      [0, 1, 2].map(
        async () =>
          new MessageRateLimit(
            { perAccount: 5, windowMs: 60_000 },
            clock,
            await redisWindows('trois'),
          ),
      ),
    )
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        (limits[index % 3] as MessageRateLimit).admit('nadia'),
      ),
    )
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5)
  })
})
