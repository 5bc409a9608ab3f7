import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  ApiErrorBody,
  NotificationListView,
  ToolProposalView,
  ToolView,
} from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'

const RATIONALE = 'Aucun outil existant ne cartographie les freins à la mobilité par commune.'

describe('proposing a new tool to the comité de pilotage', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<'lille' | 'lens' | 'copil' | 'admin', Credential>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const names = ['lille', 'lens', 'copil', 'admin'] as const
    const signedIn = await Promise.all(names.map((name) => api.signIn(`${name}@demo.maillage.fr`)))
    as = Object.fromEntries(
      names.map((name, index) => [name, signedIn[index]?.credential]),
    ) as typeof as
    signedIn.forEach((entry, index) => (ids[names[index] ?? ''] = entry.accountId))
  })
  afterAll(async () => {
    await server.close()
  })

  async function propose(credential: Credential, body: object = PROPOSAL) {
    return api.request<{ proposal: ToolProposalView } & ApiErrorBody>(
      'POST',
      '/api/toolbox/proposals',
      { as: credential, body },
    )
  }
  async function move(credential: Credential, id: string, body: object) {
    return api.request<{ proposal: ToolProposalView } & ApiErrorBody>(
      'POST',
      `/api/toolbox/proposals/${id}/transition`,
      { as: credential, body },
    )
  }
  async function notificationsOf(credential: Credential): Promise<NotificationListView> {
    const response = await api.request<NotificationListView>('GET', '/api/notifications', {
      as: credential,
    })
    expect(response.status).toBe(200)
    return response.body
  }

  it('requires the existing tools considered and why none can be adapted', async () => {
    const none = await propose(as.lille, { ...PROPOSAL, consideredTools: [] })
    expect(none.status).toBe(400)
    expect(none.body.error.code).toBe('VALIDATION_FAILED')
    expect(none.body.error.details?.['consideredTools']).toMatch(/outil existant/)

    const noReason = await propose(as.lille, {
      ...PROPOSAL,
      title: '',
      consideredTools: [{ documentId: null, name: 'DORA', whyNotAdaptable: '  ' }],
    })
    expect(noReason.status).toBe(400)
    expect(Object.keys(noReason.body.error.details ?? {}).sort()).toEqual([
      'consideredTools.0.whyNotAdaptable',
      'title',
    ])
  })

  it('runs proposé → en examen → validé, audited, notified, and adds a fiche « nouveau »', async () => {
    const created = await propose(as.lille)
    expect(created.status).toBe(201)
    const { id } = created.body.proposal
    expect(created.body.proposal).toMatchObject({
      status: 'propose',
      proposedBy: { id: ids['lille'], name: 'Nadia Benali' },
      canDecide: false,
    })

    // The proposer and the comité see it; another CLPE does not.
    expect((await api.request('GET', `/api/toolbox/proposals/${id}`, { as: as.lens })).status).toBe(
      404,
    )
    const copilList = await api.request<{ proposals: ToolProposalView[] }>(
      'GET',
      '/api/toolbox/proposals',
      { as: as.copil },
    )
    expect(copilList.body.proposals.map((proposal) => proposal.id)).toContain(id)
    const lensList = await api.request<{ proposals: ToolProposalView[] }>(
      'GET',
      '/api/toolbox/proposals',
      { as: as.lens },
    )
    expect(lensList.body.proposals).toEqual([])

    // Validating before examination is not a move the workflow allows.
    expect((await move(as.copil, id, { to: 'valide', rationale: RATIONALE })).status).toBe(409)

    const examined = await move(as.copil, id, { to: 'en-examen' })
    expect(examined.status).toBe(200)
    expect(examined.body.proposal).toMatchObject({ status: 'en-examen', canDecide: true })

    const validated = await move(as.copil, id, { to: 'valide', rationale: RATIONALE })
    expect(validated.status).toBe(200)
    const proposal = validated.body.proposal
    expect(proposal.status).toBe('valide')
    expect(proposal.history.map((step) => step.status)).toEqual(['propose', 'en-examen', 'valide'])
    expect(proposal.history[2]).toMatchObject({
      by: { id: ids['copil'], name: 'Sophie Martin' },
      rationale: RATIONALE,
    })
    expect(proposal.createdToolId).toEqual(expect.any(String))

    // A decided proposal does not move again.
    expect((await move(as.copil, id, { to: 'refuse', rationale: RATIONALE })).status).toBe(409)

    const catalogue = await api.request<{ tools: ToolView[] }>(
      'GET',
      '/api/toolbox/tools?statut=nouveau',
      { as: as.lens },
    )
    expect(catalogue.body.tools).toHaveLength(1)
    expect(catalogue.body.tools[0]).toMatchObject({
      documentId: proposal.createdToolId,
      title: PROPOSAL.title,
      statut: 'nouveau',
      description: PROPOSAL.description,
    })

    const notified = await notificationsOf(as.lille)
    expect(notified.unread).toBe(2)
    expect(notified.notifications.map((entry) => entry.message)).toEqual([
      expect.stringMatching(/validée par le comité de pilotage/),
      expect.stringMatching(/en examen/),
    ])
    expect(notified.notifications[0]?.link).toBe(`/boite-a-outils/propositions/${id}`)

    const audit = await api.request<{ entries: { action: string; target?: string }[] }>(
      'GET',
      '/api/audit',
      { as: as.admin },
    )
    const trail = audit.body.entries.filter((entry) => entry.target === id)
    expect(trail.map((entry) => entry.action)).toEqual([
      'tool-proposal.submitted',
      'tool-proposal.moved',
      'tool-proposal.moved',
    ])
  })

  it('lets only members of the comité de pilotage decide, admins included', async () => {
    const { id } = (await propose(as.lille)).body.proposal
    const byProposer = await move(as.lille, id, { to: 'en-examen' })
    expect(byProposer.status).toBe(403)
    expect(byProposer.body.error.code).toBe('AUTH_FORBIDDEN')
    const byAdmin = await move(as.admin, id, { to: 'refuse', rationale: RATIONALE })
    expect(byAdmin.status).toBe(403)
    const unchanged = await api.request<{ proposal: ToolProposalView }>(
      'GET',
      `/api/toolbox/proposals/${id}`,
      { as: as.admin },
    )
    expect(unchanged.body.proposal.status).toBe('propose')
  })

  it('rejects a refusal or a validation without a written rationale', async () => {
    const { id } = (await propose(as.lille)).body.proposal
    for (const body of [
      { to: 'refuse' },
      { to: 'refuse', rationale: 'Non.' },
      { to: 'valide', rationale: '   ' },
    ]) {
      const response = await move(as.copil, id, body)
      expect(response.status).toBe(400)
      expect(response.body.error.code).toBe('VALIDATION_FAILED')
      expect(response.body.error.details?.['rationale']).toMatch(/motivée/)
    }
  })

  it('refuses straight from proposé, audited and notified with its rationale', async () => {
    const { id } = (await propose(as.lens)).body.proposal
    const refused = await move(as.copil, id, { to: 'refuse', rationale: RATIONALE })
    expect(refused.status).toBe(200)
    expect(refused.body.proposal.status).toBe('refuse')
    expect(refused.body.proposal.createdToolId).toBeUndefined()

    const notified = await notificationsOf(as.lens)
    expect(notified.notifications[0]?.message).toContain(RATIONALE)

    const audit = await api.request<{ entries: { action: string; target?: string }[] }>(
      'GET',
      '/api/audit',
      { as: as.admin },
    )
    const moved = audit.body.entries.filter(
      (entry) => entry.target === id && entry.action === 'tool-proposal.moved',
    )
    expect(moved).toHaveLength(1)
  })

  it('marks a notification read once, for its owner only', async () => {
    const [first] = (await notificationsOf(as.lens)).notifications
    if (first === undefined) throw new Error('no notification')
    const path = `/api/notifications/${first.id}/read`
    expect((await api.request('POST', path, { as: as.lille })).status).toBe(404)
    const read = await api.request<{ notification: { readAt?: string } }>('POST', path, {
      as: as.lens,
    })
    expect(read.status).toBe(200)
    expect(read.body.notification.readAt).toEqual(expect.any(String))
    expect((await notificationsOf(as.lens)).unread).toBe(0)
  })
})
