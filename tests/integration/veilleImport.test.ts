import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VeilleImportView, VeilleListView } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { startVeilleFeedServer, type VeilleFeedServer } from '../helpers/veilleFeedServer.ts'

type ErrorBody = { error: { code: string; message: string } }
type Name = 'admin' | 'lille'

describe('the import of an external feed into the veille', () => {
  let feeds: VeilleFeedServer
  let server: TestServer
  let closed: TestServer
  let api: ApiClient
  let demo: DemoAccounts<Name>

  beforeAll(async () => {
    feeds = await startVeilleFeedServer()
    // The feeds are served on 127.0.0.1: only a server allowed to reach private addresses reads them.
    server = await startServer({
      auth: 'session',
      demoData: true,
      veilleImport: { allowPrivate: true, timeoutMs: 1500 },
    })
    closed = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lille'])
  })
  afterAll(async () => {
    await Promise.all([server.close(), closed.close()])
    await feeds.close()
  })

  const importFeed = (path: string, as = demo.as.admin) =>
    api.request<VeilleImportView & ErrorBody>('POST', '/api/veille/import', {
      as,
      body: { url: `${feeds.url}${path}` },
    })

  it('imports the items of a local RSS feed as proposals, with their origin, and reports the rejected entry', async () => {
    const response = await importFeed('/rss.xml')
    expect(response.status).toBe(200)
    expect(response.body.imported.map((item) => item.title)).toEqual([
      'Étude n° 1 & emploi',
      'Étude n° 2 & emploi',
      'Étude n° 3 & emploi',
    ])
    expect(response.body.imported[0]).toMatchObject({
      url: 'https://observatoire.exemple.fr/etudes/1',
      source: 'Observatoire local de l’emploi',
      publishedOn: '2026-09-01',
      summary: 'Résumé de l’étude 1.',
      status: 'propose',
      origin: { kind: 'import', feedUrl: `${feeds.url}/rss.xml` },
    })
    expect(response.body.rejected).toEqual([
      { entry: 'Sans lien', reason: 'Entrée sans lien vers une page web (http ou https).' },
    ])
    const again = await importFeed('/redirection')
    expect(again.body.imported).toEqual([])
    expect(again.body.duplicates.map((duplicate) => duplicate.title)).toHaveLength(3)
  })

  it('imports a local Atom feed, skipping the page the veille already has', async () => {
    const response = await importFeed('/atom.xml')
    expect(response.status).toBe(200)
    expect(response.body.imported.map((item) => item.title)).toEqual([
      'Les métiers de la transition écologique',
    ])
    expect(response.body.imported[0]?.publishedOn).toBe('2026-10-02')
    expect(response.body.duplicates).toHaveLength(1)
    const list = await api.request<VeilleListView>(
      'GET',
      '/api/veille?statut=propose&source=agence',
      {
        as: demo.as.admin,
      },
    )
    expect(list.body.items.map((item) => item.origin)).toEqual([
      { kind: 'import', feedUrl: `${feeds.url}/atom.xml` },
    ])
  })

  it('refuses oversized, slow, endlessly redirecting and non-XML answers with their codes', async () => {
    const cases: [string, number, string][] = [
      ['/enorme.xml', 422, 'VEILLE_FEED_TOO_LARGE'],
      ['/lent.xml', 504, 'VEILLE_FEED_TIMEOUT'],
      ['/boucle', 502, 'VEILLE_FEED_UNREACHABLE'],
      ['/page.html', 422, 'VEILLE_FEED_INVALID'],
      ['/introuvable.xml', 502, 'VEILLE_FEED_UNREACHABLE'],
    ]
    for (const [path, status, code] of cases) {
      const response = await importFeed(path)
      expect([path, response.status, response.body.error.code]).toEqual([path, status, code])
    }
  })

  it('leaves the import to the regional team', async () => {
    const response = await importFeed('/rss.xml', demo.as.lille)
    expect(response.status).toBe(403)
  })

  it('refuses private and loopback addresses without the configuration key, by IP or by name', async () => {
    const closedApi = createApiClient(closed.httpUrl)
    const admin = await closedApi.signIn('admin@demo.maillage.fr')
    const port = new URL(feeds.url).port
    for (const url of [
      `${feeds.url}/rss.xml`,
      `http://localhost:${port}/rss.xml`,
      `http://[::1]:${port}/rss.xml`,
      'http://169.254.169.254/latest/meta-data/',
      'ftp://observatoire.exemple.fr/flux.xml',
    ]) {
      const response = await closedApi.request<ErrorBody>('POST', '/api/veille/import', {
        as: admin.credential,
        body: { url },
      })
      const code = url.startsWith('ftp') ? 'VALIDATION_FAILED' : 'VEILLE_URL_FORBIDDEN'
      expect([url, response.body.error.code]).toEqual([url, code])
    }
  })
})
