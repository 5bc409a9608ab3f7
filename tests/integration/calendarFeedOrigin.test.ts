import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Without MAILLAGE_PUBLIC_URL, the absolute links of calendar feeds are built on the server's own
// address, never on what the request's Host (or X-Forwarded-Host) header claims: a feed built
// from them would send its subscribers to the attacker's site.

const FORGED = {
  host: 'piege.example',
  'x-forwarded-host': 'piege.example',
  'x-forwarded-proto': 'https',
}

/** An iCalendar text with its folded lines (RFC 5545 §3.1) joined back. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '')
}

describe('links of calendar feeds without MAILLAGE_PUBLIC_URL', () => {
  let server: TestServer
  let lens: SessionCredential

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    lens = (await createApiClient(server.httpUrl).signIn('lens@demo.maillage.fr')).credential
  })
  afterAll(async () => {
    await server.close()
  })

  function send(method: string, path: string): Promise<RawHttpAnswer> {
    return rawHttpRequest(server.httpUrl, {
      method,
      path,
      headers: { ...FORGED, cookie: lens.cookie, 'x-csrf-token': lens.csrfToken },
    })
  }

  it('gives a subscription address and a feed on the server’s own origin whatever the Host says', async () => {
    const created = await send('POST', '/api/calendrier')
    expect(created.status).toBe(201)
    const { url } = created.body as { url: string }
    expect(url.startsWith(`${server.httpUrl}/api/calendrier/`)).toBe(true)

    const feed = await rawHttpRequest(server.httpUrl, {
      path: new URL(url).pathname,
      headers: FORGED,
    })
    expect(feed.status).toBe(200)
    const text = unfold(feed.text)
    expect(text).toContain('BEGIN:VEVENT')
    expect(text).not.toContain('piege.example')
    expect(text).toContain(`:${server.httpUrl}/ateliers/`)
  })

  it('downloads an atelier’s .ics with links on the server’s own origin', async () => {
    const list = await send('GET', '/api/ateliers')
    const [first] = list.body as { id: string }[]
    expect(first).toBeDefined()

    const ics = await send('GET', `/api/ateliers/${first?.id ?? ''}/atelier.ics`)
    expect(ics.status).toBe(200)
    expect(unfold(ics.text)).not.toContain('piege.example')
    expect(unfold(ics.text)).toContain(`:${server.httpUrl}/ateliers/${first?.id ?? ''}`)
  })
})
