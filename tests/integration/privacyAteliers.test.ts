import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AtelierView, NotificationListView } from '@maillage/protocol'
import {
  createApiClient,
  DEMO_PASSWORD,
  type ApiClient,
  type Credential,
} from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const NAMES = ['admin', 'lens', 'copil'] as const
type Name = (typeof NAMES)[number]

// Deleting one's account (RGPD) gives up one's seats in ateliers to come: the first person on the
// waiting list gets the seat and is told, as when someone cancels.
describe('RGPD: a deleted account’s seats in ateliers to come', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
  })
  afterAll(async () => {
    await server.close()
  })

  it('go to the first waiting person, who is notified', async () => {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Atelier complet, place libérée', capacity: 1 }),
    })
    expect(created.status).toBe(201)
    const id = created.body.id
    const register = (who: Name) =>
      api.request<AtelierView>('POST', `/api/ateliers/${id}/inscription`, { as: as[who] })
    expect((await register('lens')).body.registration?.status).toBe('inscrit')
    expect((await register('copil')).body.registration?.status).toBe('liste-attente')

    const deleted = await api.request('DELETE', '/api/me', {
      as: as.lens,
      body: { confirmation: 'SUPPRIMER', password: DEMO_PASSWORD },
    })
    expect(deleted.status).toBe(204)

    const promoted = await api.request<AtelierView>('GET', `/api/ateliers/${id}`, { as: as.copil })
    expect(promoted.body.registration?.status).toBe('inscrit')
    expect(promoted.body).toMatchObject({ registeredCount: 1, waitingCount: 0 })
    const notifications = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: as.copil,
    })
    expect(
      notifications.body.notifications.some(
        (notification) =>
          notification.kind === 'atelier-place' && notification.link === `/ateliers/${id}`,
      ),
    ).toBe(true)
  })
})
