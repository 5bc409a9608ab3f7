import { afterAll, beforeAll, expect, it } from 'vitest'
import { errorCodeOf, locationOf, OidcBrowser } from '../helpers/oidcBrowser.ts'
import { startOidcProvider, type OidcTestProvider } from '../helpers/oidcProvider.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'

// Two Maillage processes behind one public address (one PostgreSQL database, one Redis), as the
// README's scale-out: a login started on one process ends on the other (the cookie of the login
// under way is signed with a key every process derives from the client secret), and its answer
// replayed on the first, with the cookie kept aside, is refused (the state was used up in Redis).

const PUBLIC_URL = 'http://maillage.localhost'

let provider: OidcTestProvider
let cluster: ScaledCluster

beforeAll(async () => {
  provider = await startOidcProvider()
  provider.acceptRelyingParty(PUBLIC_URL)
  provider.people.set('agent-deux-processus', {
    email: 'deux.processus@exemple.gouv.fr',
    given_name: 'Deux',
    usual_name: 'Processus',
  })
  cluster = await startScaledCluster({
    processes: 2,
    env: {
      MAILLAGE_AUTH: 'session',
      MAILLAGE_DEMO_DATA: 'false',
      MAILLAGE_PUBLIC_URL: PUBLIC_URL,
      MAILLAGE_OIDC_ISSUER: provider.issuer,
      MAILLAGE_OIDC_CLIENT_ID: provider.clientId,
      MAILLAGE_OIDC_CLIENT_SECRET: provider.clientSecret,
    },
  })
}, 120_000)

afterAll(async () => {
  await cluster.dispose()
  await provider.close()
})

it('ends on one process a login started on the other, and refuses its replay on either', async () => {
  const [first, second] = [cluster.at(0).httpUrl, cluster.at(1).httpUrl]
  const browser = new OidcBrowser()
  const authorization = await browser.startAt(first, '/espaces')
  expect(authorization.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/oidc/retour`)
  const callback = await browser.authorize(authorization, 'agent-deux-processus')
  expect(callback.origin).toBe(PUBLIC_URL)
  const kept = browser.cookie('maillage_oidc')

  // The load balancer sends the way back to the other process.
  const landing = await browser.request(`${second}${callback.pathname}${callback.search}`)
  expect(landing.status).toBe(302)
  expect(locationOf(landing)).toBe('/espaces')
  for (const serving of [first, second]) {
    const session = await browser.request(`${serving}/api/session`)
    expect(session.status).toBe(200)
  }

  const replay = await fetch(`${first}${callback.pathname}${callback.search}`, {
    headers: { cookie: `maillage_oidc=${kept ?? ''}` },
    redirect: 'manual',
  })
  expect(replay.status).toBe(400)
  expect(await errorCodeOf(replay)).toBe('OIDC_STATE_MISMATCH')
})
