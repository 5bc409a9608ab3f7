import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core'
import { DEMO_PASSWORD } from './apiClient.ts'

/** A person using the web app: a browser context of their own (cookies, storage) and its page. */
export interface BrowserUser {
  readonly email: string
  readonly context: BrowserContext
  readonly page: Page
  /** Their `maillage_session` cookie, for a Node client that acts as their browser. */
  sessionCookie(): Promise<string>
  close(): Promise<void>
}

/** Desktop size of every context, so that screenshots compare from one run to the next. */
const VIEWPORT = { width: 1280, height: 800 }

/** Opens a new context on the server at `baseUrl`, in French, showing the connexion page. */
export async function openAnonymous(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'fr-FR',
    viewport: VIEWPORT,
  })
  const problems = recordProblems(context)
  const page = await context.newPage()
  await page.goto('/connexion')
  try {
    await page.getByLabel('Adresse électronique', { exact: true }).waitFor()
  } catch (error) {
    await context.close()
    const seen = problems.length === 0 ? 'none' : problems.join('\n  ')
    throw new Error(`the connexion page did not show; page errors and failed requests: ${seen}`, {
      cause: error,
    })
  }
  return { context, page }
}

/** Collects the context's uncaught page errors and failed HTTP responses, to explain a failure. */
function recordProblems(context: BrowserContext): string[] {
  const problems: string[] = []
  context.on('weberror', (webError) => {
    problems.push(`page error: ${webError.error().message}`)
  })
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`)
  })
  return problems
}

/**
 * Signs a demo account in through the connexion form, as a person would, in a new context, and
 * resolves once the accueil shows. Throws (with the page's alert, if any) when the login fails.
 */
export async function signInUser(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<BrowserUser> {
  const { context, page } = await openAnonymous(browser, baseUrl)
  await page.getByLabel('Adresse électronique', { exact: true }).fill(email)
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()
  return {
    email,
    context,
    page,
    sessionCookie: async () => sessionCookieOf(await context.cookies()),
    close: () => context.close(),
  }
}

function sessionCookieOf(cookies: readonly Cookie[]): string {
  const session = cookies.find((cookie) => cookie.name === 'maillage_session')
  if (session === undefined) throw new Error('the browser holds no maillage_session cookie')
  return `${session.name}=${session.value}`
}
