import { afterAll, describe, expect, it } from 'vitest'
import type { AccessChange } from './AccessEvents.ts'
import { openCoordination } from './openCoordination.ts'
import { TEST_REDIS_URL, deleteKeys, randomRedisPrefix, recordingLogger } from './redisFixtures.ts'

const rule = { kind: 'count', limit: 1, windowMs: 60_000 } as const
const once = (key: string) => ({ enforce: [{ key, rule }], record: [{ key, rule }] })

describe('openCoordination', () => {
  const prefix = randomRedisPrefix()
  afterAll(() => deleteKeys(prefix))

  it('keeps everything in this process without Redis', async () => {
    const coordination = await openCoordination(undefined, recordingLogger().logger)
    expect(coordination.kind).toBe('memory')
    expect(coordination.isConnected()).toBe(true)
    const heard: AccessChange[] = []
    coordination.accessEvents.subscribe((change) => heard.push(change))
    await coordination.accessEvents.publish({ kind: 'account', accountId: 'a' })
    expect(heard).toHaveLength(1)
    await coordination.close()
    await coordination.close()
  })

  it('shares one namespace between processes through Redis, and keeps namespaces apart', async () => {
    const { logger } = recordingLogger()
    const config = { url: TEST_REDIS_URL, prefix }
    const [first, second] = await Promise.all([
      openCoordination(config, logger),
      openCoordination(config, logger),
    ])
    expect(first.kind).toBe('redis')
    expect(first.isConnected()).toBe(true)
    expect(await first.windows('messages').admit(once('nadia'), 1_000)).toBe(0)
    expect(await second.windows('messages').admit(once('nadia'), 1_000)).toBeGreaterThan(0)
    expect(await second.windows('creations').admit(once('nadia'), 1_000)).toBe(0)
    await first.close()
    await first.close()
    expect(first.isConnected()).toBe(false)
    await second.close()
  })
})
