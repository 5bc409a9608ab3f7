import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { DEMO_PASSWORD, createApiClient, sessionFrom } from '../helpers/apiClient.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'
import {
  closeAll,
  closedWith,
  createNote,
  openClient,
  type Opened,
} from '../helpers/watchedClients.ts'

// A password change ends the account's other sessions in every process: the websocket another
// process holds is closed (4401). One process: sessionsEverywhere.test.ts.

const NEW_PASSWORD = 'un tout nouveau mot de passe'

describe('ending sessions across two processes behind Redis', () => {
  const ORIGIN = 'https://maillage.exemple.fr'
  let cluster: ScaledCluster
  const opened: Opened = { clients: [], streams: [] }

  beforeAll(async () => {
    cluster = await startScaledCluster({
      processes: 2,
      env: {
        MAILLAGE_AUTH: 'session',
        MAILLAGE_DEMO_DATA: 'true',
        MAILLAGE_ALLOWED_ORIGINS: ORIGIN,
      },
    })
  }, 120_000)
  afterAll(async () => {
    closeAll(opened)
    await cluster.dispose()
  })

  it('a password change made through process A closes a websocket held by process B (4401)', async () => {
    const apiA = createApiClient(cluster.at(0).httpUrl)
    const apiB = createApiClient(cluster.at(1).httpUrl)
    const onA = (await apiA.signIn('lille@demo.maillage.fr')).credential
    const onB = (await apiB.signIn('lille@demo.maillage.fr')).credential
    const documentId = await createNote(apiB, onB, 'Note ouverte sur le second processus')
    const heldByB = await openClient(opened, cluster.at(1).syncUrl, ORIGIN, documentId, onB)
    const heldByA = await openClient(opened, cluster.at(0).syncUrl, ORIGIN, documentId, onA)

    const changed = await apiA.request('PUT', '/api/me/mot-de-passe', {
      as: onA,
      body: { current: DEMO_PASSWORD, next: NEW_PASSWORD },
      headers: { origin: ORIGIN },
    })

    expect(changed.status).toBe(204)
    expect(await closedWith(heldByB)).toBe(CloseCode.Unauthenticated)
    expect(heldByA.closes).toEqual([])
    expect((await apiB.request('GET', '/api/session', { as: onB })).status).toBe(401)
    const again = await apiB.login('lille@demo.maillage.fr', NEW_PASSWORD)
    expect(sessionFrom(again)).not.toBeNull()
  })
})
