import type { AtelierView } from '@maillage/protocol'
import { atelierBody } from './atelierAuthorizationRows.ts'
import { atelierSessionScreen } from './atelierSessionScreen.ts'
import type { BrowserUser } from './browserUser.ts'
import { DemoAccount, type WebFixture } from './webFixture.ts'

/** A live session of a new atelier and the browsers of its facilitator and two seat holders. */
export interface LiveSession {
  readonly atelierId: string
  /** Camille, the regional team: facilitates. */
  readonly camille: BrowserUser
  /** Nadia (Lille) and Julien (Lens): each holds a seat. */
  readonly nadia: BrowserUser
  readonly julien: BrowserUser
}

/**
 * Creates an atelier titled `title` as the admin, gives Nadia and Julien a seat, starts its
 * session, and signs the three in, each in a browser (their pages not yet on the session).
 */
export async function startLiveSession(fixture: WebFixture, title: string): Promise<LiveSession> {
  const [admin, lille, lens] = await Promise.all(
    [DemoAccount.admin, DemoAccount.lille, DemoAccount.lens].map((account) =>
      fixture.api.signIn(account.email),
    ),
  )
  if (admin === undefined || lille === undefined || lens === undefined) {
    throw new Error('the demo accounts did not sign in')
  }
  const created = await fixture.api.request<AtelierView>('POST', '/api/ateliers', {
    as: admin.credential,
    body: atelierBody({ title }),
  })
  const atelierId = created.body.id
  for (const person of [lille, lens]) {
    await fixture.api.request('POST', `/api/ateliers/${atelierId}/inscription`, {
      as: person.credential,
    })
  }
  await fixture.api.request('POST', `/api/ateliers/${atelierId}/session`, {
    as: admin.credential,
    body: { action: 'demarrer' },
  })
  const [camille, nadia, julien] = await Promise.all([
    fixture.signIn(DemoAccount.admin.email),
    fixture.signIn(DemoAccount.lille.email),
    fixture.signIn(DemoAccount.lens.email),
  ])
  return { atelierId, camille, nadia, julien }
}

/** Opens the session page of `atelierId` in each browser, until each is synchronised. */
export async function openLiveSession(
  atelierId: string,
  users: readonly BrowserUser[],
): Promise<void> {
  await Promise.all(
    users.map(async ({ page }) => {
      await page.goto(`/ateliers/${atelierId}/session`)
      await atelierSessionScreen(page).synced.waitFor()
    }),
  )
}
