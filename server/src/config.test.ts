import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

function refusal(environment: NodeJS.ProcessEnv): string {
  try {
    loadConfig(environment)
  } catch (error) {
    if (error instanceof ConfigError) return error.message
    throw error
  }
  throw new Error('the configuration was accepted')
}

describe('loading the configuration from the environment', () => {
  it('takes the defaults when nothing is set', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      host: 'localhost',
      port: 8080,
      auth: 'session',
      allowedOrigins: [],
      demoData: true,
      production: false,
    })
    expect(config.publicUrl).toBeUndefined()
  })

  it('names every invalid variable and refuses MAILLAGE_AUTH=none in production', () => {
    const message = refusal({ PORT: '70000', MAILLAGE_AUTH: 'personne' })
    expect(message).toMatch(/PORT/)
    expect(message).toMatch(/MAILLAGE_AUTH/)
    expect(refusal({ NODE_ENV: 'production', MAILLAGE_AUTH: 'none' })).toMatch(/refused/)
  })

  it('reads MAILLAGE_PUBLIC_URL as an http(s) origin, a trailing slash and case aside', () => {
    expect(loadConfig({ MAILLAGE_PUBLIC_URL: 'https://maillage.example.fr' }).publicUrl).toBe(
      'https://maillage.example.fr',
    )
    expect(loadConfig({ MAILLAGE_PUBLIC_URL: 'https://Maillage.Example.fr/' }).publicUrl).toBe(
      'https://maillage.example.fr',
    )
    expect(loadConfig({ MAILLAGE_PUBLIC_URL: 'http://localhost:8080' }).publicUrl).toBe(
      'http://localhost:8080',
    )
    expect(loadConfig({ MAILLAGE_PUBLIC_URL: '' }).publicUrl).toBeUndefined()
  })

  it.each([
    'maillage.example.fr',
    'ftp://maillage.example.fr',
    'javascript:alert(1)',
    'https://maillage.example.fr/app',
    'https://maillage.example.fr/?x=1',
    'https://maillage.example.fr/#ancre',
    'https://admin:secret@maillage.example.fr',
  ])('refuses MAILLAGE_PUBLIC_URL=%s, which is not a bare http(s) origin', (value) => {
    expect(refusal({ MAILLAGE_PUBLIC_URL: value })).toMatch(
      /MAILLAGE_PUBLIC_URL: must be an http\(s\) origin without a path/,
    )
  })

  it('trusts no proxy by default and reads MAILLAGE_TRUSTED_PROXIES, naming a bad entry', () => {
    expect(loadConfig({}).trustedProxies).toEqual([])
    expect(
      loadConfig({ MAILLAGE_TRUSTED_PROXIES: '10.0.0.1, 172.16.0.0/12' }).trustedProxies,
    ).toEqual(['10.0.0.1', '172.16.0.0/12'])
    expect(refusal({ MAILLAGE_TRUSTED_PROXIES: '10.0.0.1,proxy.interne' })).toMatch(
      /MAILLAGE_TRUSTED_PROXIES: "proxy.interne" is not an IP address, a CIDR range/,
    )
  })

  it('reads MAILLAGE_METRICS_TOKEN and refuses a short one or one with spaces', () => {
    const token = 'a'.repeat(32)
    expect(loadConfig({ MAILLAGE_METRICS_TOKEN: token }).metricsToken).toBe(token)
    expect(loadConfig({ MAILLAGE_METRICS_TOKEN: '' }).metricsToken).toBeUndefined()
    for (const bad of ['court', `${'a'.repeat(30)} b`]) {
      expect(refusal({ MAILLAGE_METRICS_TOKEN: bad })).toMatch(
        /MAILLAGE_METRICS_TOKEN: must be at least 24/,
      )
    }
  })

  it('reads REDIS_URL with MAILLAGE_REDIS_PREFIX (default maillage:), and keeps all in process without it', () => {
    expect(loadConfig({}).redis).toBeUndefined()
    expect(loadConfig({ REDIS_URL: '' }).redis).toBeUndefined()
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      prefix: 'maillage:',
    })
    expect(
      loadConfig({ REDIS_URL: 'rediss://cache:6380/2', MAILLAGE_REDIS_PREFIX: 'clpe-59:' }).redis,
    ).toEqual({ url: 'rediss://cache:6380/2', prefix: 'clpe-59:' })
    expect(refusal({ REDIS_URL: 'http://127.0.0.1:6379' })).toMatch(/REDIS_URL: must be a redis/)
    expect(refusal({ REDIS_URL: 'redis://x', MAILLAGE_REDIS_PREFIX: 'a b' })).toMatch(
      /MAILLAGE_REDIS_PREFIX/,
    )
  })

  it('keeps documents and metadata in PostgreSQL with DATABASE_URL, in lowdb without it', () => {
    expect(loadConfig({ MAILLAGE_DATA_DIR: '/srv/maillage' }).store).toEqual({
      kind: 'lowdb',
      dataDir: '/srv/maillage',
    })
    expect(loadConfig({ DATABASE_URL: ' ' }).store.kind).toBe('lowdb')
    expect(loadConfig({ DATABASE_URL: 'postgres://maillage@db:5432/maillage' }).store).toEqual({
      kind: 'postgres',
      url: 'postgres://maillage@db:5432/maillage',
    })
    expect(refusal({ DATABASE_URL: 'mysql://db/maillage' })).toMatch(
      /DATABASE_URL: must start with postgres:\/\//,
    )
    expect(refusal({ DATABASE_URL: 'db:5432' })).toMatch(/DATABASE_URL/)
  })

  it('reads the sync limits of presence and of bytes per connection, with their defaults', () => {
    expect(loadConfig({}).limits).toMatchObject({
      maxFrameBytes: 1024 * 1024,
      maxAwarenessClientsPerConnection: 4,
      maxBytesPerSecond: 256 * 1024,
      departedAwarenessMs: 30_000,
    })
    expect(
      loadConfig({
        MAILLAGE_MAX_AWARENESS_CLIENTS_PER_CONNECTION: '2',
        MAILLAGE_MAX_BYTES_PER_SECOND: '65536',
        MAILLAGE_DEPARTED_AWARENESS_MS: '1000',
      }).limits,
    ).toMatchObject({
      maxAwarenessClientsPerConnection: 2,
      maxBytesPerSecond: 65_536,
      departedAwarenessMs: 1000,
    })
    expect(refusal({ MAILLAGE_MAX_AWARENESS_CLIENTS_PER_CONNECTION: '0' })).toMatch(
      /MAILLAGE_MAX_AWARENESS_CLIENTS_PER_CONNECTION/,
    )
  })
})
