import { describe, expect, it } from 'vitest'
import { Metrics } from './Metrics.ts'

describe('Metrics', () => {
  it('reports whether Redis is reachable when it is configured, and nothing about it otherwise', async () => {
    let connected = true
    const shared = new Metrics({
      connections: () => 0,
      rooms: () => 0,
      redisConnected: () => connected,
    })
    expect(await shared.registry.metrics()).toContain('maillage_redis_connected 1')
    connected = false
    expect(await shared.registry.metrics()).toContain('maillage_redis_connected 0')
    const alone = new Metrics({ connections: () => 0, rooms: () => 0 })
    expect(await alone.registry.metrics()).not.toContain('maillage_redis_connected')
  })
})
