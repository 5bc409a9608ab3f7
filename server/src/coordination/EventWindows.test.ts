import { describe, expect, it } from 'vitest'
import type { EventWindows } from './EventWindows.ts'
import { describeEventWindowsContract } from './eventWindowsContract.ts'
import { MemoryEventWindows } from './MemoryEventWindows.ts'
import type { RedisConnection } from './RedisConnection.ts'
import { RedisEventWindows } from './RedisEventWindows.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from './redisFixtures.ts'

describeEventWindowsContract('MemoryEventWindows', () => {
  // One process: every "instance" is the same memory.
  const windows = new MemoryEventWindows()
  return {
    instances: (count) => Promise.resolve(Array.from({ length: count }, () => windows)),
    close: () => Promise.resolve(),
  }
})

describeEventWindowsContract('RedisEventWindows', () => {
  // Each instance is a process of its own: its own connections to the one Redis.
  const prefix = randomRedisPrefix()
  const connections: RedisConnection[] = []
  return {
    async instances(count) {
      const opened: EventWindows[] = []
      for (let index = 0; index < count; index += 1) {
        const connection = await openTestConnection(prefix)
        connections.push(connection)
        opened.push(new RedisEventWindows(connection, 'contrat'))
      }
      return opened
    },
    async close() {
      await Promise.all(connections.map((connection) => connection.close()))
      await deleteKeys(prefix)
    },
  }
})

describe('MemoryEventWindows', () => {
  it('forgets the least recently recorded key beyond its key limit', async () => {
    const windows = new MemoryEventWindows(2)
    const rule = { kind: 'count', limit: 1, windowMs: 60_000 } as const
    const record = (key: string): Promise<number> =>
      windows.admit({ enforce: [], record: [{ key, rule }] }, 0)
    await record('a')
    await record('b')
    await record('a')
    await record('c')
    expect(await windows.waitMs([{ key: 'a', rule }], 0)).toBeGreaterThan(0)
    expect(await windows.waitMs([{ key: 'b', rule }], 0)).toBe(0)
    expect(await windows.waitMs([{ key: 'c', rule }], 0)).toBeGreaterThan(0)
  })
})
