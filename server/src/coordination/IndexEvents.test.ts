import { Redis } from 'ioredis'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { IndexEvent, IndexEvents } from './IndexEvents.ts'
import { describeIndexEventsContract } from './indexEventsContract.ts'
import { LocalIndexEvents } from './LocalIndexEvents.ts'
import { RedisIndexEvents } from './RedisIndexEvents.ts'
import { redisEventsHarness } from './redisEventsHarness.ts'
import {
  TEST_REDIS_URL,
  openTestConnection,
  randomRedisPrefix,
  recordingLogger,
} from './redisFixtures.ts'

describeIndexEventsContract('LocalIndexEvents', () => {
  // One process: the "instances" of one call are the same events.
  const opened: IndexEvents[] = []
  return {
    instances(count) {
      const events = new LocalIndexEvents()
      opened.push(events)
      return Promise.resolve(Array.from({ length: count }, () => events))
    },
    async close() {
      for (const events of opened) await events.close()
    },
  }
})

describeIndexEventsContract('RedisIndexEvents', () =>
  // Each instance is a process of its own: its own connections to the one Redis.
  redisEventsHarness((connection, logger) => RedisIndexEvents.open(connection, logger)),
)

describe('RedisIndexEvents', () => {
  const prefix = randomRedisPrefix()
  const raw = new Redis(TEST_REDIS_URL)
  const toClose: { close(): Promise<void> }[] = []
  afterAll(async () => {
    for (const item of toClose.reverse()) await item.close()
    await raw.quit()
  })

  it('logs and drops a malformed message, and still hears the next good one', async () => {
    const { logger, messages } = recordingLogger()
    const connection = await openTestConnection(prefix, { logger })
    const events = await RedisIndexEvents.open(connection, logger)
    toClose.push(connection, events)
    const heard: IndexEvent[] = []
    events.subscribe((event) => heard.push(event))
    const channel = connection.key('index-events')
    const good: IndexEvent = { topic: 'maturite', spaceId: 'clpe-lens', documentId: null }
    await raw.publish(channel, 'pas du JSON')
    await raw.publish(
      channel,
      JSON.stringify({ origin: 'autre', event: { topic: 'tout', spaceId: 'x', documentId: null } }),
    )
    await raw.publish(channel, JSON.stringify({ origin: 'autre', event: good }))
    await vi.waitFor(() => {
      expect(heard).toEqual([good])
    })
    expect(messages.filter((message) => message.startsWith('malformed index event'))).toHaveLength(
      2,
    )
  })
})
