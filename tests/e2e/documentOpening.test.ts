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

  it("opens the document's websocket as the page is parsed, and the app syncs over that one", async () => {
    const { page } = nadia
    const events: string[] = []
    const recordRequest = (request: { url: () => string }): void => {
      events.push(`request ${new URL(request.url()).pathname}`)
    }
    const recordSocket = (socket: { url: () => string }): void => {
      events.push(`websocket ${new URL(socket.url()).pathname}`)
    }
    page.on('request', recordRequest)
    page.on('websocket', recordSocket)
    try {
      await page.goto(`/documents/${documentId}`)
      const screen = documentScreen(page)
      await screen.status(SyncStatus.Synced).waitFor()
      await screen.presence.waitFor()
    } finally {
      page.off('request', recordRequest)
      page.off('websocket', recordSocket)
    }
    const sockets = events.filter((event) => event.startsWith('websocket '))
    expect(sockets).toEqual([`websocket /sync/${documentId}`])
    // Before the app's code ran: the session is the first thing it asks for.
    expect(events.indexOf(sockets[0] ?? '')).toBeLessThan(events.indexOf('request /api/session'))
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
