import { Redis } from 'ioredis'
import { afterAll, describe, expect, it, vi } from 'vitest'
import type { AccessChange } from './AccessEvents.ts'
import { describeAccessEventsContract } from './accessEventsContract.ts'
import { LocalAccessEvents } from './LocalAccessEvents.ts'
import { RedisAccessEvents } from './RedisAccessEvents.ts'
import { redisEventsHarness } from './redisEventsHarness.ts'
import {
  TEST_REDIS_URL,
  openTestConnection,
  randomRedisPrefix,
  recordingLogger,
} from './redisFixtures.ts'

describeAccessEventsContract('LocalAccessEvents', () => {
  // One process: every "instance" is the same events.
  const events = new LocalAccessEvents()
  return {
    instances: (count) => Promise.resolve(Array.from({ length: count }, () => events)),
    close: () => events.close(),
  }
})

describeAccessEventsContract('RedisAccessEvents', () =>
  // Each instance is a process of its own: its own connections to the one Redis.
  redisEventsHarness((connection, logger) => RedisAccessEvents.open(connection, logger)),
)

describe('RedisAccessEvents', () => {
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
    const events = await RedisAccessEvents.open(connection, logger)
    toClose.push(connection, events)
    const heard: AccessChange[] = []
    events.subscribe((change) => heard.push(change))
    const channel = connection.key('access-events')
    const good: AccessChange = { kind: 'account', accountId: 'compte-2' }
    await raw.publish(channel, 'pas du JSON')
    await raw.publish(
      channel,
      JSON.stringify({ origin: 'autre', change: { kind: 'document', documentId: '../etc' } }),
    )
    await raw.publish(channel, JSON.stringify({ origin: 'autre', change: { kind: 'role' } }))
    await raw.publish(channel, JSON.stringify({ origin: 'autre', change: good }))
    await vi.waitFor(() => {
      expect(heard).toEqual([good])
    })
    expect(
      messages.filter((message) => message.startsWith('malformed access change')),
    ).toHaveLength(3)
  })

  it('never hears the changes of another prefix', async () => {
    const connection = await openTestConnection(prefix)
    const events = await RedisAccessEvents.open(connection, recordingLogger().logger)
    toClose.push(connection, events)
    const heard: AccessChange[] = []
    events.subscribe((change) => heard.push(change))
    const good: AccessChange = { kind: 'session', sessionTokenHash: 'x' }
    await raw.publish(
      `${randomRedisPrefix()}access-events`,
      JSON.stringify({ origin: 'autre', change: good }),
    )
    await raw.publish(
      connection.key('access-events'),
      JSON.stringify({ origin: 'autre', change: good }),
    )
    await vi.waitFor(() => {
      expect(heard).toEqual([good])
    })
  })
})
