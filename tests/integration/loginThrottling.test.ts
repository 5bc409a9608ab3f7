import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LOGIN_THROTTLE } from '@maillage/server'
import { DEMO_PASSWORD } from '../helpers/apiClient.ts'
import type { AdvanceableClock } from '../helpers/advanceableClock.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Failed logins slow guessing down progressively, per account and address, per address, and per
// account from addresses it never signed in from — and never lock the owner out. The server's
// clock stands still unless a test moves it, so that a password hash's time never counts as waiting.

/** A login from the local address `from` (each test has its own), the client IP the server sees. */
function loginFrom(
  server: TestServer,
  from: string,
  credentials: { email: string; password: string },
): Promise<RawHttpAnswer> {
  return rawHttpRequest(server.httpUrl, {
    method: 'POST',
    path: '/api/session',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
    localAddress: from,
  })
}

function expectThrottled(answer: RawHttpAnswer, retryAfterSeconds: number): void {
  expect(answer.status).toBe(429)
  expect(answer.body).toMatchObject({ error: { code: 'AUTH_THROTTLED' } })
  expect(Number(answer.headers['retry-after'])).toBe(retryAfterSeconds)
  expect(answer.headers['set-cookie']).toBeUndefined()
}

describe('login throttling with the default limits', () => {
  let server: TestServer
  let clock: AdvanceableClock

  beforeAll(async () => {
    clock = createManualClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
  })
  afterAll(async () => {
    await server.close()
  })

  const wrong = (email: string, attempt: number) => ({ email, password: `essai ${attempt}` })
  const right = (email: string) => ({ email, password: DEMO_PASSWORD })

  it('delays a sixth wrong password from one address, with Retry-After and a French message, not the owner elsewhere', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await loginFrom(
        server,
        '127.0.0.2',
        wrong('lecteur@demo.maillage.fr', attempt),
      )
      expect(failed.status).toBe(401)
      expect(failed.body).toMatchObject({ error: { code: 'AUTH_INVALID_CREDENTIALS' } })
    }

    const delayed = await loginFrom(server, '127.0.0.2', wrong('lecteur@demo.maillage.fr', 6))
    expectThrottled(delayed, 1)
    expect(delayed.body).toMatchObject({
      error: {
        message:
          'Trop de tentatives de connexion. Par sécurité, attendez 1 seconde avant de réessayer.',
      },
    })
    // The owner, from another address, is not kept out by someone else's guesses.
    const owner = await loginFrom(server, '127.0.0.3', right('lecteur@demo.maillage.fr'))
    expect(owner.status).toBe(200)
  })

  it('lets an address try again once its delay has passed, doubling the delay after each failure', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await loginFrom(server, '127.0.0.4', wrong('lens@demo.maillage.fr', attempt))
    }
    expectThrottled(await loginFrom(server, '127.0.0.4', right('lens@demo.maillage.fr')), 1)

    clock.advance(1_000)
    expect((await loginFrom(server, '127.0.0.4', wrong('lens@demo.maillage.fr', 6))).status).toBe(
      401,
    )
    expectThrottled(await loginFrom(server, '127.0.0.4', right('lens@demo.maillage.fr')), 2)

    clock.advance(2_000)
    expect((await loginFrom(server, '127.0.0.4', right('lens@demo.maillage.fr'))).status).toBe(200)
    // Signing in cleared that address's failures on the account.
    expect((await loginFrom(server, '127.0.0.4', wrong('lens@demo.maillage.fr', 7))).status).toBe(
      401,
    )
  })

  it('throttles guesses sent in parallel as well as one after another', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) =>
        loginFrom(server, '127.0.0.5', wrong('copil@demo.maillage.fr', attempt)),
      ),
    )

    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
  })

  it('answers a login for an unknown address as slowly as a wrong password, so as not to reveal accounts', async () => {
    async function timedWrongLogin(email: string, attempt: number): Promise<number> {
      const started = performance.now()
      const answer = await loginFrom(server, '127.0.0.6', wrong(email, attempt))
      const duration = performance.now() - started
      expect(answer.status).toBe(401)
      return duration
    }

    // Alternated, the fastest of five each: a burst of load on a shared machine slows one try,
    // not the fastest of either side.
    const unknown: number[] = []
    const known: number[] = []
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      unknown.push(await timedWrongLogin('personne@exemple.fr', attempt))
      known.push(await timedWrongLogin('admin@demo.maillage.fr', attempt))
    }

    // Without a password hash for unknown addresses the ratio is about 1/100; with one, about 1.
    expect(Math.min(...unknown) / Math.min(...known)).toBeGreaterThan(0.25)
  })
})

describe('login throttling of addresses and of accounts under a spread-out attack', () => {
  let server: TestServer

  beforeAll(async () => {
    // Fewer free failures than the defaults (20 per address, 50 per account), same mechanism:
    // every failure costs a password hash.
    server = await startServer({
      auth: 'session',
      demoData: true,
      timers: createManualClock(),
      loginThrottle: {
        ...DEFAULT_LOGIN_THROTTLE,
        perAddress: { ...DEFAULT_LOGIN_THROTTLE.perAddress, freeFailures: 6 },
        perAccount: { ...DEFAULT_LOGIN_THROTTLE.perAccount, freeFailures: 4 },
      },
    })
  })
  afterAll(async () => {
    await server.close()
  })

  it('delays an address that failed too often whatever the account, and no other address', async () => {
    for (let index = 0; index < 6; index += 1) {
      const failed = await loginFrom(server, '127.0.1.1', {
        email: `inconnu-${index}@exemple.fr`,
        password: 'mot de passe',
      })
      expect(failed.status).toBe(401)
    }

    const credentials = { email: 'admin@demo.maillage.fr', password: DEMO_PASSWORD }
    expectThrottled(await loginFrom(server, '127.0.1.1', credentials), 1)
    expect((await loginFrom(server, '127.0.1.2', credentials)).status).toBe(200)
  })

  it('slows one account guessed from many addresses, except from an address it signed in from', async () => {
    const owner = { email: 'lille@demo.maillage.fr', password: DEMO_PASSWORD }
    expect((await loginFrom(server, '127.0.2.1', owner)).status).toBe(200)
    for (let index = 0; index < 4; index += 1) {
      const failed = await loginFrom(server, `127.0.3.${index + 1}`, {
        email: owner.email,
        password: `essai ${index}`,
      })
      expect(failed.status).toBe(401)
    }

    expectThrottled(await loginFrom(server, '127.0.3.200', owner), 1)
    expect((await loginFrom(server, '127.0.2.1', owner)).status).toBe(200)
  })
})
