import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DecisionListView, DecisionView, ToolProposalView } from '@maillage/protocol'
import { createTestDatabase, type StoreConfig, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { parseSemicolonCsv } from '../helpers/parseSemicolonCsv.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'

// The register of decisions: the tool validation workflow records the comité de pilotage's decision
// once, whatever the number of decisions sent at once; filters and an accent-blind search; who
// reads which instance's decisions; who follows one up, audited.

const NAMES = ['admin', 'lille', 'lens', 'copil', 'lecteur'] as const
type Name = (typeof NAMES)[number]
const PARALLEL_DECISIONS = 8
const LILLE_BUREAU = 'clpe-59004-bureau'

interface AuditLine {
  readonly action: string
  readonly actorId?: string
  readonly target?: string
  readonly details?: Record<string, string>
}

interface Context {
  server: TestServer
  api: ApiClient
  as: Record<Name, Credential>
  ids: Record<Name, string>
}

async function startWith(store: StoreConfig): Promise<Context> {
  const server = await startServer({ auth: 'session', demoData: true, store })
  const api = createApiClient(server.httpUrl)
  const { as, ids } = await signInDemoAccounts(api, NAMES)
  return { server, api, as, ids }
}

/** A proposal of Lille examined by the comité, then decided by `PARALLEL_DECISIONS` requests. */
async function decideInParallel(
  context: Context,
  title: string,
  to: 'valide' | 'refuse',
): Promise<ToolProposalView> {
  const { api, as } = context
  const created = await api.request<{ proposal: ToolProposalView }>(
    'POST',
    '/api/toolbox/proposals',
    { as: as.lille, body: { ...PROPOSAL, title } },
  )
  expect(created.status).toBe(201)
  const id = created.body.proposal.id
  const path = `/api/toolbox/proposals/${id}/transition`
  expect(
    (await api.request('POST', path, { as: as.copil, body: { to: 'en-examen' } })).status,
  ).toBe(200)
  const rationale =
    to === 'refuse'
      ? 'Un outil existant du catalogue couvre déjà ce besoin.'
      : 'Aucun outil du catalogue ne répond à ce besoin des CLPE.'
  const body = { to, rationale }
  const answers = await Promise.all(
    Array.from({ length: PARALLEL_DECISIONS }, () =>
      api.request('POST', path, { as: as.copil, body }),
    ),
  )
  expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
  expect(answers.filter((answer) => answer.status === 409)).toHaveLength(PARALLEL_DECISIONS - 1)
  const stored = await api.request<{ proposal: ToolProposalView }>(
    'GET',
    `/api/toolbox/proposals/${id}`,
    { as: as.copil },
  )
  return stored.body.proposal
}

async function about(
  context: Context,
  who: Name,
  kind: string,
  id: string,
): Promise<DecisionView[]> {
  const answer = await context.api.request<{ decisions: DecisionView[] }>(
    'GET',
    `/api/gouvernance/decisions/a-propos/${kind}/${encodeURIComponent(id)}`,
    { as: context.as[who] },
  )
  expect(answer.status).toBe(200)
  return answer.body.decisions
}

async function list(context: Context, who: Name, query: string): Promise<DecisionListView> {
  const answer = await context.api.request<DecisionListView>(
    'GET',
    `/api/gouvernance/decisions?${query}`,
    { as: context.as[who] },
  )
  expect(answer.status).toBe(200)
  return answer.body
}

describe('a tool validation is recorded once in the register (embedded store)', () => {
  let dataDir: string
  let context: Context

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-decisions-'))
    context = await startWith({ kind: 'lowdb', dataDir })
  })
  afterAll(async () => {
    await context.server.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('records exactly one decision of the comité de pilotage for parallel validations', async () => {
    const proposal = await decideInParallel(context, 'Baromètre des métiers en tension', 'valide')
    const decisions = await about(context, 'lens', 'outil', proposal.id)
    expect(decisions).toHaveLength(1)
    expect(decisions[0]).toMatchObject({
      instanceId: 'copil',
      text: 'Création de l’outil « Baromètre des métiers en tension » validée',
      subject: {
        kind: 'outil',
        id: proposal.createdToolId,
        path: `/documents/${proposal.createdToolId}`,
      },
      source: { kind: 'validation-outil' },
      status: 'a-faire',
    })
  })
})

describe('the register of decisions (PostgreSQL)', () => {
  let database: TestDatabase
  let context: Context

  allowExitListeners(8)

  beforeAll(async () => {
    database = await createTestDatabase()
    context = await startWith({ kind: 'postgres', url: database.url })
  })
  afterAll(async () => {
    await context.server.close()
    await database.drop()
  })

  async function add(who: Name, body: Record<string, unknown>): Promise<DecisionView> {
    const answer = await context.api.request<{ decision: DecisionView }>(
      'POST',
      '/api/gouvernance/decisions',
      { as: context.as[who], body },
    )
    expect(answer.status).toBe(201)
    return answer.body.decision
  }

  it('records one decision per decided proposal, about the fiche outil or the refused proposal', async () => {
    const validated = await decideInParallel(context, 'Kit d’accueil des saisonniers', 'valide')
    const refused = await decideInParallel(context, 'Annuaire des annuaires', 'refuse')
    const aboutFiche = await about(context, 'lille', 'outil', validated.createdToolId ?? '')
    expect(aboutFiche.map((decision) => decision.text)).toEqual([
      'Création de l’outil « Kit d’accueil des saisonniers » validée',
    ])
    const aboutProposal = await about(context, 'lille', 'outil', validated.id)
    expect(aboutProposal.map((decision) => decision.id)).toEqual([aboutFiche[0]?.id])
    const aboutRefused = await about(context, 'lens', 'outil', refused.id)
    expect(aboutRefused).toHaveLength(1)
    expect(aboutRefused[0]?.text).toBe('Création de l’outil « Annuaire des annuaires » refusée')
    const copil = await list(context, 'lens', 'instance=copil&q=saisonniers')
    expect(copil.total).toBe(1)
  })

  it('filters by instance, status, subject, dates, owner and overdue, and searches without accents', async () => {
    const { ids } = context
    const etude = await add('admin', {
      instanceId: 'copil',
      decidedOn: '2027-02-10',
      text: 'Lancer une étude sur la MOBILITÉ des jeunes en zone rurale',
      owner: { accountId: ids.lille, name: 'Nadia Benali' },
      dueOn: '2027-04-30',
      subject: { kind: 'programme', id: 'programme-v1', label: 'Programme d’accompagnement v1' },
    })
    const forum = await add('admin', {
      instanceId: 'bureau-core',
      decidedOn: '2026-06-15',
      text: 'Préparer le forum régional des CLPE',
      owner: { name: 'Équipe régionale' },
      dueOn: '2026-09-01',
    })
    // The demo's séances and programme recorded decisions too: each filter keeps one of ours.
    const only = async (query: string, kept: DecisionView, left: DecisionView) => {
      const found = (await list(context, 'lens', query)).items.map((decision) => decision.id)
      expect(found, query).toContain(kept.id)
      expect(found, query).not.toContain(left.id)
    }
    await only('q=mobilite%20etude', etude, forum)
    await only('q=Pr%C3%A9parer%20FORUM', forum, etude)
    await only('q=%C3%89TUDE%20Mobilit%C3%A9', etude, forum)
    await only('instance=bureau-core', forum, etude)
    await only('subject=programme', etude, forum)
    await only('from=2027-02-01&to=2027-02-28', etude, forum)
    await only(`owner=${ids.lille}`, etude, forum)
    await only('owner=equipe%20regionale', forum, etude)
    await only('status=a-faire&instance=copil', etude, forum)
    // The server's today is 2026: the forum was due in September 2026, the study in 2027.
    const overdue = await list(context, 'lens', 'overdue=true')
    expect(overdue.items.map((d) => d.id)).toContain(forum.id)
    expect(overdue.items.map((d) => d.id)).not.toContain(etude.id)
    expect(overdue.items.every((decision) => decision.overdue)).toBe(true)
    const firstPage = await list(context, 'lens', 'pageSize=1&page=1')
    const secondPage = await list(context, 'lens', 'pageSize=1&page=2')
    expect(firstPage.total).toBeGreaterThanOrEqual(2)
    expect(firstPage.items).toHaveLength(1)
    expect(secondPage.items[0]?.id).not.toBe(firstPage.items[0]?.id)
    const tooLarge = await context.api.request('GET', '/api/gouvernance/decisions?pageSize=101', {
      as: context.as.lens,
    })
    expect(tooLarge.status).toBe(400)

    const csv = await context.api.request('GET', '/api/gouvernance/decisions.csv?q=mobilite', {
      as: context.as.lens,
    })
    expect(csv.status).toBe(200)
    const rows = parseSemicolonCsv(csv.text.replace(/^\uFEFF/u, ''))
    expect(rows[0]?.[0]).toBe('Date')
    expect(rows.slice(1).map((row) => row[2])).toEqual([
      'Lancer une étude sur la MOBILITÉ des jeunes en zone rurale',
    ])
  })

  it('shows a CLPE bureau’s decisions to its members and admins only', async () => {
    const lilleDecision = await add('admin', {
      instanceId: LILLE_BUREAU,
      decidedOn: '2027-01-20',
      text: 'Réunir les employeurs de la restauration collective',
    })
    const read = (who: Name) =>
      context.api.request('GET', `/api/gouvernance/decisions/${lilleDecision.id}`, {
        as: context.as[who],
      })
    expect((await read('lecteur')).status).toBe(200)
    expect((await read('lille')).status).toBe(200)
    expect((await read('lens')).status).toBe(404)
    expect((await read('copil')).status).toBe(404)
    const lensView = await list(context, 'lens', `instance=${LILLE_BUREAU}`)
    expect(lensView.total).toBe(0)
    expect(lensView.readableInstances.map((instance) => instance.id)).not.toContain(LILLE_BUREAU)
    expect((await list(context, 'lecteur', `instance=${LILLE_BUREAU}`)).total).toBe(1)
    // Adding one: the managers of the instance only (the admin here; not Lille's contributeur).
    const refused = await context.api.request('POST', '/api/gouvernance/decisions', {
      as: context.as.lille,
      body: { instanceId: LILLE_BUREAU, decidedOn: '2027-01-20', text: 'Autre décision' },
    })
    expect(refused.status).toBe(403)
    const stranger = await context.api.request('POST', '/api/gouvernance/decisions', {
      as: context.as.lens,
      body: { instanceId: LILLE_BUREAU, decidedOn: '2027-01-20', text: 'Autre décision' },
    })
    expect(stranger.status).toBe(404)
  })

  it('lets the instance’s managers and the owner follow a decision up, audited', async () => {
    const { api, as, ids } = context
    const decision = await add('admin', {
      instanceId: 'copil',
      decidedOn: '2027-03-17',
      text: 'Diffuser le cahier des charges validé aux CLPE',
      owner: { accountId: ids.lille, name: 'Nadia Benali' },
    })
    const follow = (who: Name, body: Record<string, unknown>) =>
      api.request<{ decision: DecisionView }>(
        'POST',
        `/api/gouvernance/decisions/${decision.id}/suivi`,
        { as: as[who], body },
      )
    expect((await follow('lens', { status: 'fait' })).status).toBe(403)
    expect((await follow('copil', { status: 'fait' })).status).toBe(403)
    expect(
      (
        await api.request('POST', `/api/gouvernance/decisions/${decision.id}/suivi`, {
          body: { status: 'fait' },
        })
      ).status,
    ).toBe(401)
    const byOwner = await follow('lille', { status: 'en-cours', note: 'Envoi prévu lundi.' })
    expect(byOwner.status).toBe(200)
    expect(byOwner.body.decision.status).toBe('en-cours')
    const byManager = await follow('admin', { status: 'fait' })
    expect(byManager.body.decision).toMatchObject({
      status: 'fait',
      followUps: [
        { status: 'en-cours', byName: 'Nadia Benali', note: 'Envoi prévu lundi.' },
        { status: 'fait', byName: 'Camille Dupont' },
      ],
    })
    expect((await follow('admin', { status: 'perdu' })).status).toBe(400)
    const audit = await api.request<{ entries: AuditLine[] }>('GET', '/api/audit', {
      as: as.admin,
    })
    const followUps = audit.body.entries.filter(
      (entry) => entry.action === 'decision.followed-up' && entry.target === decision.id,
    )
    expect(followUps.map((entry) => [entry.actorId, entry.details])).toEqual([
      [ids.lille, { from: 'a-faire', to: 'en-cours' }],
      [ids.admin, { from: 'en-cours', to: 'fait' }],
    ])
    expect(
      audit.body.entries.some(
        (entry) => entry.action === 'decision.recorded' && entry.target === decision.id,
      ),
    ).toBe(true)
  })
})
