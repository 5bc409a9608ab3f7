import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionCredential } from '../helpers/apiClient.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { clickIntoEditor } from '../helpers/clickIntoEditor.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen, type DocumentScreen } from '../helpers/documentScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// The document screen's own file of the build (Vite names it after its module).
const DOCUMENT_SCREEN_CODE = /\/assets\/DocumentPage-[\w-]+\.js$/
// The accessibility statement's file, a screen reached from every page's footer.
const ACCESSIBILITY_SCREEN_CODE = /\/assets\/AccessibilityPage-[\w-]+\.js$/
// The registry of every kind of document (fields, templates, quality criteria of all fifteen).
const ALL_KINDS_CODE = /\/assets\/KINDS-[\w-]+\.js$/
// The « Exporter » menu, a piece beside the document's text loaded with it.
const EXPORT_MENU_CODE = /\/assets\/DocumentExportMenu-[\w-]+\.js$/
// The library that finds addresses in typed text, loaded when an editor gets the focus.
const LINK_DETECTION_CODE = /\/assets\/linkify-[\w-]+\.js$/
// The editing of tables (cell selection, Tab between cells), loaded when an editor gets the focus.
const TABLE_EDITING_CODE = /\/assets\/tables-[\w-]+\.js$/
// The gap cursor (beside a separator or a table) and the drop cursor, loaded with the focus.
const EDITING_CURSORS_CODE = /\/assets\/(?:gapcursor|dropcursor)-[\w-]+\.js$/

/**
 * Opens the document at `path` and checks that no file matching `code` is fetched before the
 * editor is focused, then clicks into the editor and waits for the first one to arrive. Returns
 * the document screen and every script the page asked for since.
 */
async function focusLoads(
  page: Page,
  path: string,
  code: RegExp,
): Promise<{ screen: DocumentScreen; scripts: string[] }> {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto(path)
  const screen = documentScreen(page)
  await screen.status(SyncStatus.Synced).waitFor()
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((url) => code.test(url))).toEqual([])

  const loaded = page.waitForResponse((response) => code.test(response.url()))
  await clickIntoEditor(page, screen.editor)
  await loaded
  return { screen, scripts }
}

describe('a screen whose code is loaded when visited', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let credential: SessionCredential
  let documentId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ credential } = await fixture.api.signIn(DemoAccount.lille.email))
    const document = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Relevé de décisions',
    })
    documentId = document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('says « Chargement de la page… » until the code arrives, then shows the document', async () => {
    const { page } = nadia
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(DOCUMENT_SCREEN_CODE, async (route) => {
      await released
      await route.continue()
    })
    try {
      await page.goto(`/documents/${documentId}`)
      await page.getByRole('status').filter({ hasText: 'Chargement de la page…' }).waitFor()
      release()
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
    } finally {
      release()
      await page.unroute(DOCUMENT_SCREEN_CODE)
    }
  })

  it('shows a screen whose code arrived before the session at once, never « Chargement de la page… »', async () => {
    const page = await nadia.context.newPage()
    try {
      // Every status the page says, as it says it (the fallback would show for a moment only).
      await page.addInitScript(`(() => {
        const said = (window.__statusesSaid = [])
        new MutationObserver(() => {
          for (const status of document.querySelectorAll('[role="status"]')) said.push(status.textContent)
        }).observe(document, { subtree: true, childList: true, characterData: true })
      })()`)
      // The session answers once the screen's code is there (asked for at start, beside it) and
      // the app, rendered with it, says it is checking the session: the code came first.
      const codeArrived = page.waitForEvent('requestfinished', (request) =>
        DOCUMENT_SCREEN_CODE.test(request.url()),
      )
      const checkingSession = page
        .getByRole('status')
        .filter({ hasText: 'Vérification de votre session…' })
      await page.route('**/api/session', async (route) => {
        await codeArrived
        await checkingSession.waitFor()
        await route.continue()
      })
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
      const said = await page.evaluate('window.__statusesSaid')
      expect(said).toEqual(expect.arrayContaining(['Vérification de votre session…']))
      expect(said).not.toEqual(expect.arrayContaining(['Chargement de la page…']))
    } finally {
      await page.close()
    }
  })

  it('shows the first screen at once when its code comes just after the session', async () => {
    const page = await nadia.context.newPage()
    try {
      await page.addInitScript(`(() => {
        const said = (window.__statusesSaid = [])
        new MutationObserver(() => {
          for (const status of document.querySelectorAll('[role="status"]')) said.push(status.textContent)
        }).observe(document, { subtree: true, childList: true, characterData: true })
      })()`)
      const sessionAnswered = page.waitForEvent('requestfinished', (request) =>
        request.url().endsWith('/api/session'),
      )
      await page.route(DOCUMENT_SCREEN_CODE, async (route) => {
        await sessionAnswered
        await route.continue()
      })
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
      const said = await page.evaluate('window.__statusesSaid')
      expect(said).not.toEqual(expect.arrayContaining(['Chargement de la page…']))
    } finally {
      await page.close()
    }
  })

  it('keeps the current screen while the next one’s code arrives, and says it is loading', async () => {
    const { page } = nadia
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(ACCESSIBILITY_SCREEN_CODE, async (route) => {
      await released
      await route.continue()
    })
    try {
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
      await page.getByRole('contentinfo').getByRole('link').click()
      await page.getByRole('status').filter({ hasText: 'Chargement de la page…' }).waitFor()
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Relevé de décisions',
      )
      release()
      await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor()
      expect(await page.getByText('Chargement de la page…').count()).toBe(0)
    } finally {
      release()
      await page.unroute(ACCESSIBILITY_SCREEN_CODE)
    }
  })

  it('says in French when the code cannot be downloaded, and « Réessayer » loads it', async () => {
    const { page } = nadia
    // As after a deploy: the file the page asks for is not there any more.
    await page.route(DOCUMENT_SCREEN_CODE, (route) => route.abort())
    await page.goto(`/documents/${documentId}`)
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Une partie de l’application n’a pas pu être chargée' })
    await alert.waitFor()
    await page.unroute(DOCUMENT_SCREEN_CODE)

    await alert.getByRole('button', { name: 'Réessayer' }).click()
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
  })

  it('downloads a screen again at the next visit once its code could not be downloaded', async () => {
    const { page } = nadia
    // As offline: the screen's file cannot be fetched, once.
    await page.route(ACCESSIBILITY_SCREEN_CODE, (route) => route.abort('internetdisconnected'))
    try {
      await page.goto(`/documents/${documentId}`)
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
      await page.getByRole('contentinfo').getByRole('link').click()
      await page
        .getByRole('alert')
        .filter({ hasText: 'Une partie de l’application n’a pas pu être chargée' })
        .waitFor()
    } finally {
      await page.unroute(ACCESSIBILITY_SCREEN_CODE)
    }
    // The connection is back: going back, then forward again, shows the screen.
    await page.goBack()
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
    await page.goForward()
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor()
  })

  it('keeps the document screen when a piece beside it cannot be downloaded (offline)', async () => {
    const { page } = nadia
    await page.route(EXPORT_MENU_CODE, (route) => route.abort('internetdisconnected'))
    try {
      await page.goto(`/documents/${documentId}`)
      const screen = documentScreen(page)
      await screen.status(SyncStatus.Synced).waitFor()
      await page.waitForLoadState('networkidle')
      expect(await page.getByRole('alert').count()).toBe(0)
      await clickIntoEditor(page, screen.editor)
      await page.keyboard.type('Décisions prises')
      await expect.poll(() => screen.contentText()).toContain('Décisions prises')
    } finally {
      await page.unroute(EXPORT_MENU_CODE)
    }
  })

  it('loads the detection of links when the editor gets the focus, and a typed address becomes a link', async () => {
    const { page } = nadia
    const { screen } = await focusLoads(page, `/documents/${documentId}`, LINK_DETECTION_CODE)
    await page.keyboard.type('Voir https://exemple.fr/forum ')
    await screen.editor.locator('a[href="https://exemple.fr/forum"]').waitFor()
  })

  it('loads the editing of tables when the editor gets the focus, and Tab then moves between cells', async () => {
    const { page } = nadia
    const { screen } = await focusLoads(page, `/documents/${documentId}`, TABLE_EDITING_CODE)
    await page.keyboard.press('Enter')
    await screen.toolbar.getByRole('button', { name: 'Tableau' }).click()
    await page.keyboard.type('Date')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Lieu')
    const header = await screen.editor.locator('table th').allTextContents()
    expect(header.slice(0, 2)).toEqual(['Date', 'Lieu'])
    await screen.toolbar.getByRole('button', { name: 'Ajouter une ligne' }).click()
    await expect.poll(() => screen.editor.locator('table tr').count()).toBe(4)
  })

  it('loads the gap and drop cursors when the editor gets the focus, and the arrow keys then reach the place before a separator', async () => {
    const { page } = nadia
    const separated = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Ordre du jour',
    })
    const { screen, scripts } = await focusLoads(
      page,
      `/documents/${separated.id}`,
      EDITING_CURSORS_CODE,
    )
    await page.keyboard.type('---')
    await screen.editor.locator('hr').waitFor()
    // From the line after the separator: up to the separator (selected), then before it, where
    // no text can be and only the gap cursor can go.
    await page.keyboard.press('ArrowUp')
    await screen.editor.locator('hr.ProseMirror-selectednode').waitFor()
    await page.keyboard.press('ArrowUp')
    await screen.editor.locator('.ProseMirror-gapcursor').waitFor({ state: 'attached' })
    expect(scripts.filter((url) => EDITING_CURSORS_CODE.test(url))).toHaveLength(2)
  })

  it('opens a page without loading the definitions of the other kinds of document', async () => {
    const { page } = nadia
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`/documents/${documentId}`)
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
    await page.waitForLoadState('networkidle')
    expect(scripts.filter((url) => /\/assets\/DocumentPage-/.test(url))).toHaveLength(1)
    expect(scripts.filter((url) => ALL_KINDS_CODE.test(url))).toEqual([])
  })
})
