import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const INDEX_HTML =
  '<!doctype html><html lang="fr"><head><title>Maillage</title>' +
  '<script type="module" src="/assets/index-Bx7d2kQe.js"></script></head>' +
  '<body><div id="racine"></div></body></html>'
const ASSET = 'console.log("Maillage")\n'

// Every page allows one inline script by its hash: the document page's (see below).
const EXPECTED_CSP = new RegExp(
  "^default-src 'self'; script-src 'self' 'sha256-[\\w+/]{43}='; " +
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'$",
)

/**
 * A web app build as Vite lays it out: `index.html` and hashed files under `assets/`, with the
 * brotli and gzip copies the build writes beside them.
 */
async function makeBuild(directory: string): Promise<void> {
  await mkdir(join(directory, 'assets'), { recursive: true })
  await writeFile(join(directory, 'index.html'), INDEX_HTML)
  await writeFile(join(directory, 'index.html.br'), brotliCompressSync(INDEX_HTML))
  await writeFile(join(directory, 'assets', 'index-Bx7d2kQe.js'), ASSET)
  await writeFile(join(directory, 'assets', 'index-Bx7d2kQe.js.gz'), gzipSync(ASSET))
  await writeFile(join(directory, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
  await mkdir(join(directory, '.vite'), { recursive: true })
  await writeFile(join(directory, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
}

// What the build's manifest says of the entry and of the document screen's first module.
const MANIFEST = {
  'index.html': { file: 'assets/index-Bx7d2kQe.js', isEntry: true },
  'src/features/document/DocumentPage.tsx': {
    file: 'assets/DocumentPage-Cq3vT1aZ.js',
    imports: ['_editeur-Dd8s0Wmq.js'],
  },
  '_editeur-Dd8s0Wmq.js': { file: 'assets/editeur-Dd8s0Wmq.js' },
}
const DOCUMENT_SCREEN_TAGS =
  '<link rel="modulepreload" crossorigin href="/assets/DocumentPage-Cq3vT1aZ.js">' +
  '<link rel="modulepreload" crossorigin href="/assets/editeur-Dd8s0Wmq.js">'

describe('the built web app', () => {
  let directory: string
  let server: TestServer
  const get = (path: string, init?: RequestInit): Promise<Response> =>
    fetch(`${server.httpUrl}${path}`, init)

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-web-'))
    await makeBuild(directory)
    server = await startServer({ webDir: directory })
  })
  afterAll(async () => {
    await server.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('answers index.html at / with security headers and no caching without revalidation', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await response.text()).toBe(INDEX_HTML)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(response.headers.get('content-security-policy')).toMatch(EXPECTED_CSP)
    expect(response.headers.get('referrer-policy')).toBe('same-origin')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers index.html to deep links of the app, so that they work on reload', async () => {
    for (const path of ['/espaces/clpe-59004', '/accueil?onglet=recents', '/index.html']) {
      const response = await get(path)
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).toBe(INDEX_HTML)
      expect(response.headers.get('content-security-policy'), path).toMatch(EXPECTED_CSP)
      expect(response.headers.get('cache-control'), path).toBe('no-cache')
    }
  })

  it("answers a document's address with the page naming the document screen's code", async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const response = await get('/documents/abc', { headers: { 'accept-encoding': encoding } })
      expect(response.status, encoding).toBe(200)
      expect(response.headers.get('content-encoding'), encoding).toBe(
        encoding === 'identity' ? null : encoding,
      )
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, encoding).toMatch(EXPECTED_CSP)
      expect(response.headers.get('cache-control'), encoding).toBe('no-cache')
      const page = await response.text()
      // The inline script that opens the document's websocket, first of the head's scripts.
      const script = /<script>(.*?)<\/script>/s.exec(page)?.[1] ?? ''
      expect(script, encoding).toContain('/sync/')
      expect(page, encoding).toBe(
        INDEX_HTML.replace('<script type', `<script>${script}</script><script type`).replace(
          '</head>',
          `${DOCUMENT_SCREEN_TAGS}</head>`,
        ),
      )
      const hash = createHash('sha256').update(script, 'utf8').digest('base64')
      expect(csp, encoding).toContain(`'sha256-${hash}'`)
    }
  })

  it('runs no inline script in the pages of other addresses', async () => {
    for (const path of ['/', '/espaces/clpe-59004', '/documents/abc/historique']) {
      expect(await (await get(path)).text(), path).not.toContain('<script>')
    }
  })

  it('answers a page asked again unchanged with 304, and a changed one in full', async () => {
    for (const path of ['/', '/documents/abc']) {
      const first = await get(path)
      const etag = first.headers.get('etag')
      expect(etag, path).not.toBeNull()
      const again = await get(path, { headers: { 'if-none-match': etag ?? '' } })
      expect(again.status, path).toBe(304)
    }
    const before = (await get('/documents/abc')).headers.get('etag')
    const rebuilt = INDEX_HTML.replace('Maillage</title>', 'Maillage 2</title>')
    await writeFile(join(directory, 'index.html'), rebuilt)
    await writeFile(join(directory, 'index.html.br'), brotliCompressSync(rebuilt))
    try {
      const after = await get('/documents/abc', { headers: { 'if-none-match': before ?? '' } })
      expect(after.status).toBe(200)
      expect(await after.text()).toContain('Maillage 2</title>')
    } finally {
      await makeBuild(directory)
    }
  })

  it('serves hashed assets as immutable for a year, with their type', async () => {
    const response = await get('/assets/index-Bx7d2kQe.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await response.text()).toBe(ASSET)
  })

  it('sends the compressed copies to browsers that accept them, with the same headers', async () => {
    const page = await get('/espaces/clpe-59004', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(page.headers.get('content-encoding')).toBe('br')
    expect(page.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toMatch(EXPECTED_CSP)
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(await page.text()).toBe(INDEX_HTML)

    const asset = await get('/assets/index-Bx7d2kQe.js', { headers: { 'accept-encoding': 'gzip' } })
    expect(asset.headers.get('content-encoding')).toBe('gzip')
    expect(asset.headers.get('content-type')).toMatch(/javascript/)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await asset.text()).toBe(ASSET)

    const plain = await get('/assets/index-Bx7d2kQe.js', {
      headers: { 'accept-encoding': 'identity' },
    })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(ASSET)
  })

  it('serves other files of the build revalidated on each use', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toContain('Disallow')
  })

  it('answers 404, not the page, for a missing asset', async () => {
    const response = await get('/assets/index-disparu.js')
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('<html')
  })

  it("never serves the build's hidden files nor its compressed copies by their own name", async () => {
    for (const path of [
      '/.vite/manifest.json',
      '/assets/index-Bx7d2kQe.js.gz',
      '/%2evite/manifest.json',
    ]) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(await response.text(), path).not.toContain('isEntry')
    }
  })

  it('keeps the JSON 404 for unknown addresses of the API, the websocket and operations', async () => {
    for (const path of ['/api/nope', '/api', '/sync/document-sans-websocket', '/metrics/x']) {
      const response = await get(path)
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/)
      expect(await response.json(), path).toEqual({
        error: {
          code: 'NOT_FOUND',
          message: 'Cette adresse n’existe pas sur ce serveur Maillage.',
        },
      })
    }
  })

  it('keeps the JSON 404 for requests other than GET outside the API', async () => {
    const response = await get('/espaces/clpe-59004', { method: 'POST' })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('still answers the operations routes', async () => {
    const response = await get('/healthz')
    expect(await response.json()).toEqual({ status: 'ok' })
  })
})

describe('a web app that is not built', () => {
  let directory: string
  let server: TestServer

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-web-vide-'))
    server = await startServer({ webDir: join(directory, 'dist') })
  })
  afterAll(async () => {
    await server.close()
    await rm(directory, { recursive: true, force: true })
  })

  it('answers a French page saying how to build it, with status 503', async () => {
    for (const path of ['/', '/espaces/clpe-59004']) {
      const response = await fetch(`${server.httpUrl}${path}`)
      expect(response.status, path).toBe(503)
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/)
      const page = await response.text()
      expect(page, path).toContain('L’application web n’est pas encore construite')
      expect(page, path).toContain('npm run build:web')
    }
  })

  it('serves the build once it appears, without a restart', async () => {
    await makeBuild(join(directory, 'dist'))
    const response = await fetch(`${server.httpUrl}/`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX_HTML)
  })
})
