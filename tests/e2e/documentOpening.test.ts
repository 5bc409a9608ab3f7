import type { Response, WebSocket } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen, openDocument } from '../helpers/documentScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// Longer than y-websocket's longest wait between two attempts (`maxBackoffTime`, 2.5 s).
const RETRIES_SEEN_WITHIN_MS = 3_000

// The libraries' files of the build (`apps/web/vite.config.ts`), by name.
const LIBRARY_FILE = /^\/assets\/(react|yjs|editeur)-[\w-]+\.js$/

// The document screen's own file of the build (Vite names it after its module).
const DOCUMENT_SCREEN_CODE = /\/assets\/DocumentPage-[\w-]+\.js$/

describe('opening a document', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let documentId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const document = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Ordre du jour',
    })
    documentId = document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it("asks for the document screen's code with the page, before the app's code has run", async () => {
    const { page } = nadia
    const firstRequests: string[] = []
    const record = (request: { url: () => string }): void => {
      firstRequests.push(request.url())
    }
    page.on('request', record)
    try {
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
    } finally {
      page.off('request', record)
    }
    const screenCode = firstRequests.findIndex((url) => DOCUMENT_SCREEN_CODE.test(url))
    const session = firstRequests.findIndex((url) => url.endsWith('/api/session'))
    expect(screenCode).toBeGreaterThan(-1)
    // The session is the first thing the app's code asks for when it runs.
    expect(screenCode).toBeLessThan(session)
  })

  it('marks the libraries of the document screen for V8 to compile as they download', async () => {
    const { page } = nadia
    const libraries = new Map<string, Promise<string>>()
    const record = (response: Response): void => {
      const name = LIBRARY_FILE.exec(new URL(response.url()).pathname)?.[1]
      if (name !== undefined) libraries.set(name, response.text())
    }
    page.on('response', record)
    try {
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
    } finally {
      page.off('response', record)
    }
    expect([...libraries.keys()].sort()).toEqual(['editeur', 'react', 'yjs'])
    for (const text of libraries.values()) {
      // V8's explicit compile hint: the file's first line.
      expect((await text).split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad')
    }
  })

  it("opens the document's websocket as the page is parsed, and the app syncs over that one", async () => {
    const { page } = nadia
    const cdp = await page.context().newCDPSession(page)
    // Which script opened each socket: the page's own inline script (its frames carry the page's
    // address), before the app's code ran, or the app's code (an `/assets/` file).
    const sockets: { path: string; script: string }[] = []
    cdp.on('Network.webSocketCreated', (event) => {
      const frames = event.initiator?.stack?.callFrames ?? []
      sockets.push({
        path: new URL(event.url).pathname,
        script: new URL(frames[0]?.url ?? 'about:blank').pathname,
      })
    })
    try {
      await cdp.send('Network.enable')
      await page.goto(`/documents/${documentId}`)
      const screen = documentScreen(page)
      await screen.status(SyncStatus.Synced).waitFor()
      await screen.presence.waitFor()
    } finally {
      await cdp.detach()
    }
    expect(sockets).toEqual([{ path: `/sync/${documentId}`, script: `/documents/${documentId}` }])
    // The socket taken over is the app's: what is typed there reaches another browser.
    await documentScreen(page).editor.click()
    await page.keyboard.type('Ordre du jour arrêté')
    const other = await fixture.signIn(DemoAccount.lille.email)
    try {
      const otherScreen = await openDocument(other.page, documentId)
      await expect.poll(() => otherScreen.contentText()).toContain('Ordre du jour arrêté')
    } finally {
      await other.close()
    }
  })

  it("asks for the session and the document's record as the page is parsed, once each", async () => {
    const { page } = nadia
    const cdp = await page.context().newCDPSession(page)
    // Who asked, by the script that made each request: the page's own inline script (its frames
    // carry the page's address) or the app's code (an `/assets/` file).
    const askedBy: { path: string; script: string }[] = []
    cdp.on('Network.requestWillBeSent', (event) => {
      const path = new URL(event.request.url).pathname
      if (!path.startsWith('/api/')) return
      const frames = event.initiator.stack?.callFrames ?? []
      askedBy.push({ path, script: new URL(frames[0]?.url ?? event.documentURL).pathname })
    })
    const warnings: string[] = []
    const recordConsole = (message: { type: () => string; text: () => string }): void => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text())
    }
    page.on('console', recordConsole)
    try {
      await cdp.send('Network.enable')
      await page.goto(`/documents/${documentId}`)
      const screen = documentScreen(page)
      await screen.status(SyncStatus.Synced).waitFor()
      await screen.presence.waitFor()
      await page.waitForLoadState('networkidle')
    } finally {
      page.off('console', recordConsole)
      await cdp.detach()
    }
    for (const path of ['/api/session', `/api/documents/${documentId}`]) {
      // Asked by the page as it was parsed, and the app took that answer: no second request, no
      // warning of a preload left unused or fetched twice.
      expect(askedBy.filter((asked) => asked.path === path)).toEqual([
        { path, script: `/documents/${documentId}` },
      ])
    }
    expect(warnings.filter((text) => /preload/i.test(text))).toEqual([])
  })

  /** Julien, of another space, signed in; and the refusal the server gives him for the document. */
  const signInRefusedPerson = async () => {
    const julien = await fixture.signIn(DemoAccount.lens.email)
    const { credential } = await fixture.api.signIn(DemoAccount.lens.email)
    const refusal = await fixture.api.request<{ error: { message: string } }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: credential },
    )
    return { julien, refusal }
  }

  it('shows a person of another space the refusal the server gives, and a signed-out visitor the sign-in page', async () => {
    // The answers the app reads are the page's preloaded ones: they must be the same as before.
    const { julien, refusal } = await signInRefusedPerson()
    expect([403, 404]).toContain(refusal.status)
    const visitor = await fixture.browser.newContext({ baseURL: fixture.server.httpUrl })
    try {
      await julien.page.goto(`/documents/${documentId}`)
      await julien.page.getByText(refusal.body.error.message).waitFor()
      const page = await visitor.newPage()
      await page.goto(`/documents/${documentId}`)
      await page.getByRole('heading', { name: 'Connexion à Maillage' }).waitFor()
    } finally {
      await visitor.close()
      await julien.close()
    }
  })

  it('stops connecting to a document the server refuses once the screen says so', async () => {
    const { julien, refusal } = await signInRefusedPerson()
    const sockets: WebSocket[] = []
    julien.page.on('websocket', (socket) => {
      sockets.push(socket)
    })
    try {
      await julien.page.goto(`/documents/${documentId}`)
      await julien.page.getByText(refusal.body.error.message).waitFor()
      for (const socket of sockets) if (!socket.isClosed()) await socket.waitForEvent('close')
      const opened = sockets.length
      // Not a wait for the test to pass: a connection still trying (as the app's early one did
      // for 15 s) opens another socket after 0.2, 0.4, 0.8, 1.6 s, then every 2.5 s.
      await julien.page.waitForTimeout(RETRIES_SEEN_WITHIN_MS)
      expect(sockets.length).toBe(opened)
      expect(opened).toBeLessThanOrEqual(2)
    } finally {
      await julien.close()
    }
  })

  it('does not ask for the space’s documents to show a page, which has no field offering them', async () => {
    const { page } = nadia
    const asked: string[] = []
    const record = (request: { url: () => string }): void => {
      asked.push(new URL(request.url()).pathname)
    }
    page.on('request', record)
    try {
      await page.goto(`/documents/${documentId}`)
      const screen = documentScreen(page)
      await screen.status(SyncStatus.Synced).waitFor()
      // The presence list is beside the text: the document's body is on the screen.
      await screen.presence.waitFor()
      // What the screen asks for as it appears has been asked.
      await page.waitForLoadState('networkidle')
    } finally {
      page.off('request', record)
    }
    expect(asked).toContain(`/api/documents/${documentId}`)
    expect(asked).not.toContain(`/api/spaces/${LILLE_SPACE_ID}/documents`)
  })
})
