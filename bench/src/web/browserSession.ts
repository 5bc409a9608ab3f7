import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import { DEMO_PASSWORD } from './apiSession.ts'

/** Debian's `chromium` package, as in the browser tests. */
const CHROMIUM_PATH = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const VIEWPORT = { width: 1280, height: 800 }

/**
 * Launches headless Chromium; the bench closes it. If the bench dies first, playwright-core kills
 * the browsers it launched on process exit.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

/**
 * Signs `email` in through the connexion page, as a person would, and returns the signed-in
 * storage (cookies) so that later contexts start signed in with an empty HTTP cache.
 */
export async function signInStorage(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<Awaited<ReturnType<BrowserContext['storageState']>>> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fr-FR',
    viewport: VIEWPORT,
  })
  try {
    const page = await context.newPage()
    await page.goto('/connexion')
    await page.getByLabel('Adresse électronique', { exact: true }).fill(email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()
    return await context.storageState()
  } finally {
    await context.close()
  }
}

/** A new context signed in with `storage`, its HTTP cache empty. */
export function newSignedInContext(
  browser: Browser,
  baseUrl: string,
  storage: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    locale: 'fr-FR',
    viewport: VIEWPORT,
    storageState: storage,
  })
}
