import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Which address a request is from, for login throttling and the audit trail, when clients send
// X-Forwarded-For. Production servers: that is where the header used to be believed from anyone.

/** A failed login for `email` over a socket from `from`, claiming to come from `forwardedFor`. */
function failLogin(
  server: TestServer,
  attempt: { from: string; forwardedFor: string; email: string },
): Promise<RawHttpAnswer> {
  return rawHttpRequest(server.httpUrl, {
    method: 'POST',
    path: '/api/session',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': attempt.forwardedFor },
    body: JSON.stringify({ email: attempt.email, password: 'pas le bon mot de passe' }),
    localAddress: attempt.from,
  })
}

/** The address the audit trail recorded for the failed login of `email`. */
async function auditedAddress(server: TestServer, email: string): Promise<string | undefined> {
  const entries = await server.server.metadata.listAudit()
  return entries.find((entry) => entry.action === 'login.failed' && entry.details?.email === email)
    ?.ip
}

// Three failures per address, then a minute's wait: the hashing time of a login cannot outlast it.
const MINUTE = 60_000
const limits = {
  perAccountAndAddress: {
    freeFailures: 3,
    firstDelayMs: MINUTE,
    maxDelayMs: MINUTE,
    windowMs: MINUTE,
  },
  perAddress: { freeFailures: 3, firstDelayMs: MINUTE, maxDelayMs: MINUTE, windowMs: MINUTE },
  perAccount: { freeFailures: 50, firstDelayMs: MINUTE, maxDelayMs: MINUTE, windowMs: MINUTE },
  knownAddressMs: MINUTE,
}

/** As many failed logins, on as many accounts, as one address may make back to back. */
async function failAllowedTimes(
  server: TestServer,
  attempt: { from: string; forwardedFor: (index: number) => string; prefix: string },
): Promise<void> {
  for (let index = 0; index < limits.perAddress.freeFailures; index += 1) {
    const answer = await failLogin(server, {
      from: attempt.from,
      forwardedFor: attempt.forwardedFor(index),
      email: `${attempt.prefix}-${index}@exemple.fr`,
    })
    expect(answer.status).toBe(401)
  }
}

describe('a production server without MAILLAGE_TRUSTED_PROXIES', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startServer({ auth: 'session', production: true, loginThrottle: limits })
  })
  afterAll(async () => {
    await server.close()
  })

  it('audits the socket’s address, not the one X-Forwarded-For claims', async () => {
    await failLogin(server, {
      from: '127.0.0.2',
      forwardedFor: '203.0.113.7',
      email: 'audit@exemple.fr',
    })
    expect(await auditedAddress(server, 'audit@exemple.fr')).toBe('127.0.0.2')
  })

  it('throttles the socket’s address however X-Forwarded-For changes', async () => {
    await failAllowedTimes(server, {
      from: '127.0.0.3',
      forwardedFor: (index) => `203.0.113.${index + 10}`,
      prefix: 'sans-proxy',
    })

    const next = await failLogin(server, {
      from: '127.0.0.3',
      forwardedFor: '203.0.113.99',
      email: 'sans-proxy-encore@exemple.fr',
    })
    expect(next.status).toBe(429)
    expect(next.body).toMatchObject({ error: { code: 'AUTH_THROTTLED' } })
  })
})

describe('a production server behind a trusted proxy at 127.0.0.1', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startServer({
      auth: 'session',
      production: true,
      trustedProxies: ['127.0.0.1'],
      loginThrottle: limits,
    })
  })
  afterAll(async () => {
    await server.close()
  })

  it('audits the client the proxy names, and ignores the header from any other peer', async () => {
    await failLogin(server, {
      from: '127.0.0.1',
      forwardedFor: '203.0.113.7',
      email: 'derriere-proxy@exemple.fr',
    })
    await failLogin(server, {
      from: '127.0.0.4',
      forwardedFor: '203.0.113.8',
      email: 'pas-un-proxy@exemple.fr',
    })
    expect(await auditedAddress(server, 'derriere-proxy@exemple.fr')).toBe('203.0.113.7')
    expect(await auditedAddress(server, 'pas-un-proxy@exemple.fr')).toBe('127.0.0.4')
  })

  it('throttles each client the proxy names apart from the others', async () => {
    await failAllowedTimes(server, {
      from: '127.0.0.1',
      forwardedFor: () => '198.51.100.1',
      prefix: 'client-un',
    })

    const sameClient = await failLogin(server, {
      from: '127.0.0.1',
      forwardedFor: '198.51.100.1',
      email: 'client-un-encore@exemple.fr',
    })
    const otherClient = await failLogin(server, {
      from: '127.0.0.1',
      forwardedFor: '198.51.100.2',
      email: 'client-deux@exemple.fr',
    })
    expect(sameClient.status).toBe(429)
    expect(otherClient.status).toBe(401)
  })
})
