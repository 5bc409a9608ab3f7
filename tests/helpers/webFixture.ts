import type { Browser } from 'playwright-core'
import { createApiClient, type ApiClient } from './apiClient.ts'
import { signInUser, type BrowserUser } from './browserUser.ts'
import { launchChromium } from './launchChromium.ts'
import { startServer, type TestServer } from './startServer.ts'

/** The demo accounts the browser tests use (`server/src/seed/seedMetadata.ts`). */
export const DemoAccount = {
  /** Camille Dupont, regional team: writes every space. */
  admin: { email: 'admin@demo.maillage.fr', name: 'Camille Dupont' },
  /** Nadia Benali, contributrice of `clpe-59004`. */
  lille: { email: 'lille@demo.maillage.fr', name: 'Nadia Benali' },
  /** Julien Lefebvre, contributeur of `clpe-62005`. */
  lens: { email: 'lens@demo.maillage.fr', name: 'Julien Lefebvre' },
  /** Thomas Petit, lecteur of `clpe-59004`. */
  lecteur: { email: 'lecteur@demo.maillage.fr', name: 'Thomas Petit' },
} as const

/** The space of the CLPE of Lille, where the demo accounts above meet. */
export const LILLE_SPACE_ID = 'clpe-59004'

/**
 * One browser test file's world: the real server (sessions, demo accounts, memory store) serving
 * the built web app from `apps/web/dist`, headless Chromium and an API client.
 */
export interface WebFixture {
  readonly server: TestServer
  readonly browser: Browser
  readonly api: ApiClient
  /** Signs `email` in through the connexion page, in a new browser context. */
  signIn(email: string): Promise<BrowserUser>
  /** Closes every context opened by `signIn`, the browser and the server. */
  close(): Promise<void>
}

/**
 * Starts the server and the browser; call `close` in `afterAll`. `options` are added to the
 * server's (e.g. `mail`, to have mails written to a directory).
 */
export async function startWebFixture(
  options: Omit<NonNullable<Parameters<typeof startServer>[0]>, 'auth' | 'demoData'> = {},
): Promise<WebFixture> {
  const server = await startServer({ ...options, auth: 'session', demoData: true })
  let browser: Browser
  try {
    browser = await launchChromium()
  } catch (error) {
    await server.close()
    throw error
  }
  const users: BrowserUser[] = []
  return {
    server,
    browser,
    api: createApiClient(server.httpUrl),
    signIn: async (email) => {
      const user = await signInUser(browser, server.httpUrl, email)
      users.push(user)
      return user
    },
    close: async () => {
      for (const user of users.splice(0)) await user.close()
      await browser.close()
      await server.close()
    },
  }
}
