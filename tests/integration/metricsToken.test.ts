import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// GET /metrics tells room and connection counts and timings: only to whoever holds
// MAILLAGE_METRICS_TOKEN, and in production not at all without one.

const TOKEN = 'jeton-des-metriques-0123456789abcdef'

function scrape(server: TestServer, authorization?: string): Promise<Response> {
  return fetch(`${server.httpUrl}/metrics`, {
    headers: authorization === undefined ? {} : { authorization },
  })
}

describe('/metrics with MAILLAGE_METRICS_TOKEN', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startServer({ auth: 'session', production: true, metricsToken: TOKEN })
  })
  afterAll(async () => {
    await server.close()
  })

  it('answers 401 without the token or with another one, and tells which scheme it wants', async () => {
    for (const authorization of [undefined, 'Bearer pas-le-bon-jeton', TOKEN, `Basic ${TOKEN}`]) {
      const answer = await scrape(server, authorization)
      expect(answer.status).toBe(401)
      expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
      const text = await answer.text()
      expect(text).not.toContain('maillage_')
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'AUTH_UNAUTHENTICATED' } })
    }
  })

  it('answers the Prometheus text to the bearer of the token', async () => {
    const answer = await scrape(server, `Bearer ${TOKEN}`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await answer.text()).toContain('maillage_')
  })
})

describe('/metrics without a token', () => {
  let production: TestServer
  let development: TestServer

  beforeAll(async () => {
    production = await startServer({ auth: 'session', production: true })
    development = await startServer()
  })
  afterAll(async () => {
    await Promise.all([production.close(), development.close()])
  })

  it('is not served in production: the JSON 404 of an unknown address', async () => {
    const answer = await scrape(production)
    expect(answer.status).toBe(404)
    expect(await answer.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('stays open in development, for the tests and the bench', async () => {
    const answer = await scrape(development)
    expect(answer.status).toBe(200)
    expect(await answer.text()).toContain('maillage_')
  })
})
