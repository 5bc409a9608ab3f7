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
    expect(await shared.render()).toContain('maillage_redis_connected 1')
    connected = false
    expect(await shared.render()).toContain('maillage_redis_connected 0')
    const alone = new Metrics({ connections: () => 0, rooms: () => 0 })
    expect(await alone.render()).not.toContain('maillage_redis_connected')
  })

  it('writes its own counters and, from the first scrape, the process metrics of Node', async () => {
    const metrics = new Metrics({ connections: () => 3, rooms: () => 1 })
    metrics.framesReceived.inc()
    metrics.closes.inc({ code: '4429' })
    metrics.saveDuration.observe(0.002)
    const text = await metrics.render()
    expect(text).toContain('\nmaillage_frames_received_total 1\n')
    expect(text).toContain('\nmaillage_closes_total{code="4429"} 1\n')
    expect(text).toContain('\nmaillage_save_duration_seconds_count 1\n')
    expect(text).toContain('\nmaillage_connections 3\n')
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m)
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m)
  })

  it('counts in its CPU totals the time the process spent before the first scrape', async () => {
    const spentBefore = process.cpuUsage()
    const text = await new Metrics({ connections: () => 0, rooms: () => 0 }).render()
    const seconds = (name: string): number =>
      Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1])
    expect(seconds('process_cpu_user_seconds_total')).toBeGreaterThanOrEqual(spentBefore.user / 1e6)
    expect(seconds('process_cpu_system_seconds_total')).toBeGreaterThanOrEqual(
      spentBefore.system / 1e6,
    )
    expect(seconds('process_cpu_seconds_total')).toBeGreaterThanOrEqual(
      (spentBefore.user + spentBefore.system) / 1e6,
    )
  })
})
