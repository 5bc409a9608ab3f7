import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ownRedis,
  randomRedisPrefix,
  TEST_REDIS_URL,
  type OwnRedis,
} from '../coordination/redisFixtures.ts'
import { RedisPubSub, RedisUnreachableError } from './RedisPubSub.ts'
import { waitFor } from './waitFor.ts'

const logger = pino({ level: 'silent' })

describe('RedisPubSub', () => {
  it('carries arbitrary bytes between two processes and counts who received them', async () => {
    const prefix = randomRedisPrefix()
    const first = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger })
    const second = await RedisPubSub.open({ redisUrl: TEST_REDIS_URL, prefix, logger })
    try {
      const heard: Buffer[] = []
      await second.subscribe('room', (message) => heard.push(message))
      expect(second.isSubscribed('room')).toBe(true)
      const bytes = Uint8Array.from([0, 255, 13, 10, 0xc3, 0x28])
      expect(await first.publish('room', bytes)).toBe(1)
      await waitFor(() => {
        expect(heard).toHaveLength(1)
      })
      expect([...(heard[0] ?? [])]).toEqual([...bytes])
      await second.unsubscribe('room')
      expect(await first.publish('room', bytes)).toBe(0)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })

  it('does not hear a channel of another prefix', async () => {
    const first = await RedisPubSub.open({
      redisUrl: TEST_REDIS_URL,
      prefix: randomRedisPrefix(),
      logger,
    })
    const second = await RedisPubSub.open({
      redisUrl: TEST_REDIS_URL,
      prefix: randomRedisPrefix(),
      logger,
    })
    try {
      await second.subscribe('room', () => undefined)
      expect(await first.publish('room', Uint8Array.of(1))).toBe(0)
    } finally {
      await Promise.all([first.close(), second.close()])
    }
  })

  it('refuses to open when Redis does not answer', async () => {
    await expect(
      RedisPubSub.open({
        redisUrl: 'redis://127.0.0.1:1',
        prefix: randomRedisPrefix(),
        logger,
        connectTimeoutMs: 300,
      }),
    ).rejects.toBeInstanceOf(RedisUnreachableError)
  })

  describe('when Redis restarts', () => {
    let redis: OwnRedis
    beforeAll(async () => {
      redis = await ownRedis()
      await redis.start()
    })
    afterAll(async () => {
      await redis.stop()
    })

    it('rejects publishes while down, then subscribes again and tells its owner', async () => {
      const prefix = randomRedisPrefix()
      const publisher = await RedisPubSub.open({ redisUrl: redis.url, prefix, logger })
      const subscriber = await RedisPubSub.open({ redisUrl: redis.url, prefix, logger })
      try {
        const heard: string[] = []
        let recoveries = 0
        let publisherBack = false
        subscriber.onRecovered(() => {
          recoveries++
        })
        publisher.onRecovered(() => {
          publisherBack = true
        })
        await subscriber.subscribe('room', (message) => heard.push(message.toString()))
        await redis.stop()
        await expect(publisher.publish('room', Buffer.from('lost'))).rejects.toThrow()
        await redis.start()
        await waitFor(() => {
          expect(recoveries).toBe(1)
          expect(subscriber.isSubscribed('room')).toBe(true)
          expect(publisherBack).toBe(true)
        })
        expect(await publisher.publish('room', Buffer.from('back'))).toBe(1)
        await waitFor(() => {
          expect(heard).toEqual(['back'])
        })
        expect(heard).not.toContain('lost')
      } finally {
        await Promise.all([publisher.close(), subscriber.close()])
      }
    })
  })
})
