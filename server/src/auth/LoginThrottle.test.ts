import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemoryEventWindows } from '../coordination/MemoryEventWindows.ts'
import type { RedisConnection } from '../coordination/RedisConnection.ts'
import { RedisEventWindows } from '../coordination/RedisEventWindows.ts'
import { deleteKeys, openTestConnection, randomRedisPrefix } from '../coordination/redisFixtures.ts'
import type { Timers } from '../time/Timers.ts'
import {
  DEFAULT_LOGIN_THROTTLE,
  LoginThrottle,
  type LoginThrottleWindows,
} from './LoginThrottle.ts'

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

const OWNER = 'lille@demo.maillage.fr'

/** `count` failed attempts, each made as soon as the throttle allows it. */
async function failAsSoonAsAllowed(
  throttle: LoginThrottle,
  clock: ReturnType<typeof manualClock>,
  attempt: { account: string; ip: string; count: number },
): Promise<void> {
  for (let index = 0; index < attempt.count; index += 1) {
    clock.advance(await throttle.retryAfterMs(attempt.account, attempt.ip))
    expect(await throttle.attempt(attempt.account, attempt.ip)).toBe(0)
  }
}

const prefix = randomRedisPrefix()
const connections: RedisConnection[] = []
let namespaces = 0
afterAll(async () => {
  await Promise.all(connections.map((connection) => connection.close()))
  await deleteKeys(prefix)
})

async function connect(): Promise<RedisConnection> {
  const connection = await openTestConnection(prefix)
  connections.push(connection)
  return connection
}

// Each throttle gets namespaces of its own, so that the tests never see each other's counts.
function redisWindows(connection: RedisConnection, name: string): LoginThrottleWindows {
  return {
    failures: new RedisEventWindows(connection, `${name}-echecs`),
    knownAddresses: new RedisEventWindows(connection, `${name}-connues`),
  }
}

let shared: RedisConnection
beforeAll(async () => {
  shared = await connect()
})

const adapters = [
  {
    name: 'memory',
    windows: (): LoginThrottleWindows => ({
      failures: new MemoryEventWindows(),
      knownAddresses: new MemoryEventWindows(),
    }),
  },
  {
    name: 'Redis',
    windows: (): LoginThrottleWindows => {
      namespaces += 1
      return redisWindows(shared, `t${namespaces}`)
    },
  },
]

describe.each(adapters)('LoginThrottle over $name', ({ windows }) => {
  const openThrottle = (clock: Timers): LoginThrottle =>
    new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock, windows())

  it('delays an account from one address progressively after five failures, never locks it', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 5 })
    const waits: number[] = []
    for (let attempt = 0; attempt < 4; attempt += 1) {
      waits.push(await throttle.retryAfterMs(OWNER, '10.0.0.1'))
      await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 1 })
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000])
    await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 20 })
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.1')).toBe(15 * 60 * 1000)
  })

  it('does not make the owner wait on another address for an attacker’s failures', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '203.0.113.9', count: 30 })
    expect(await throttle.retryAfterMs(OWNER, '203.0.113.9')).toBeGreaterThan(0)
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(0)
  })

  it('delays an address that tries many accounts, and no other address', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    for (let index = 0; index < 20; index += 1)
      await throttle.recordFailure(`a${index}@x.fr`, '10.0.0.9')
    expect(await throttle.retryAfterMs('nouveau@x.fr', '10.0.0.9')).toBe(1_000)
    expect(await throttle.retryAfterMs('nouveau@x.fr', '10.0.0.8')).toBe(0)
  })

  it('slows guesses on one account from many addresses, but not from the owner’s usual address', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await throttle.recordFailure(OWNER, '10.0.0.2')
    await throttle.recordSuccess(OWNER, '10.0.0.2')
    for (let index = 0; index < 50; index += 1)
      await throttle.recordFailure(OWNER, `198.51.100.${index}`)
    expect(await throttle.retryAfterMs(OWNER, '198.51.100.200')).toBe(1_000)
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(0)
    for (let index = 50; index < 70; index += 1)
      await throttle.recordFailure(OWNER, `198.51.100.${index}`)
    // However long the attack, a new address of the owner waits a minute at most.
    expect(await throttle.retryAfterMs(OWNER, '192.0.2.1')).toBe(60_000)
  })

  it('clears the failures of an account from an address when it signs in from there', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 7 })
    await throttle.recordSuccess(OWNER, '10.0.0.1')
    await failAsSoonAsAllowed(throttle, clock, { account: OWNER, ip: '10.0.0.1', count: 4 })
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.1')).toBe(0)
  })

  it('takes back, when a login succeeds, the attempt counted against its address beforehand', async () => {
    const throttle = openThrottle(manualClock())
    for (let index = 0; index < 19; index += 1)
      await throttle.recordFailure(`a${index}@x.fr`, '10.0.0.7')
    for (let index = 0; index < 3; index += 1) {
      await throttle.recordFailure('copil@demo.maillage.fr', '10.0.0.7')
      await throttle.recordSuccess('copil@demo.maillage.fr', '10.0.0.7')
    }
    expect(await throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBe(0)
    await throttle.recordFailure('a19@x.fr', '10.0.0.7')
    expect(await throttle.retryAfterMs('nouveau@x.fr', '10.0.0.7')).toBeGreaterThan(0)
  })

  it('forgets an address as the account’s once it has not signed in for 30 days', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await throttle.recordSuccess(OWNER, '10.0.0.2')
    clock.advance(30 * 24 * 60 * 60 * 1000)
    for (let index = 0; index < 50; index += 1)
      await throttle.recordFailure(OWNER, `198.51.100.${index}`)
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.2')).toBe(1_000)
  })

  it('does not hold an account back at an address it signed in from when others fail there', async () => {
    const clock = manualClock()
    const throttle = openThrottle(clock)
    await throttle.recordFailure(OWNER, '10.0.0.10')
    await throttle.recordSuccess(OWNER, '10.0.0.10')
    // Colleagues behind the same office address mistype their passwords.
    for (let index = 0; index < 25; index += 1)
      await throttle.recordFailure(`a${index}@x.fr`, '10.0.0.10')
    expect(await throttle.retryAfterMs('nouveau@x.fr', '10.0.0.10')).toBeGreaterThan(0)
    expect(await throttle.retryAfterMs(OWNER, '10.0.0.10')).toBe(0)
  })
})

describe('LoginThrottle over Redis, three processes', () => {
  it('admits exactly the 5 free attempts out of 20 made in parallel on 3 processes', async () => {
    const clock = manualClock()
    const throttles = await Promise.all(
      [0, 1, 2].map(
        async () =>
          new LoginThrottle(DEFAULT_LOGIN_THROTTLE, clock, redisWindows(await connect(), 'trois')),
      ),
    )
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        (throttles[index % 3] as LoginThrottle).attempt(OWNER, '10.0.0.1'),
      ),
    )
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5)
    expect(await (throttles[1] as LoginThrottle).retryAfterMs(OWNER, '10.0.0.1')).toBe(1_000)
  })
})
