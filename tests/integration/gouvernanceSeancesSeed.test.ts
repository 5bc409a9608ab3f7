import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MeetingListView, MeetingView } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The demo's séances: the comité de pilotage's held séance of 18 November 2026 (closed, its
// decisions in the register), its February and March 2027 séances, the bureau du CoRE in May and
// the comité des territoires élargi on 2 June 2027.

describe('the demo séances', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'copil'>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'copil'])
  })
  afterAll(async () => {
    await server.close()
  })

  it('lists the governance calendar’s séances, the held one closed with its decisions in the register', async () => {
    const listed = await api.request<MeetingListView>('GET', '/api/gouvernance/seances', {
      as: demo.as.admin,
    })
    expect(listed.body.meetings.map((meeting) => [meeting.instanceId, meeting.startsAt])).toEqual([
      ['copil', '2026-11-18T09:00:00.000Z'],
      ['copil', '2027-02-10T08:30:00.000Z'],
      ['copil', '2027-03-17T08:30:00.000Z'],
      ['bureau-core', '2027-05-19T12:00:00.000Z'],
      ['comite-territoires-elargi', '2027-06-02T12:00:00.000Z'],
    ])
    const held = listed.body.meetings[0]
    const view = await api.request<MeetingView>('GET', `/api/gouvernance/seances/${held?.id}`, {
      as: demo.as.copil,
    })
    expect(view.body.status).toBe('close')
    expect(view.body.decisionIds).toHaveLength(3)
    expect(view.body.agenda.map((item) => item.titre)).toContain('Désignation des CLPE représentés')
    const recorded = (await server.server.metadata.decisions.listDecisions()).filter(
      (decision) => decision.source.kind === 'seance',
    )
    expect(recorded.map((decision) => decision.id).sort()).toEqual(
      [...view.body.decisionIds].sort(),
    )
    expect(recorded.every((decision) => decision.decidedOn === '2026-11-18')).toBe(true)
    const february = await api.request<MeetingView>(
      'GET',
      `/api/gouvernance/seances/${listed.body.meetings[1]?.id}`,
      { as: demo.as.copil },
    )
    expect(february.body.agenda).toHaveLength(2)
    expect(february.body.status).toBe('preparation')
  })
})
