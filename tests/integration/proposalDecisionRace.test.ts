import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody, ToolProposalView } from '@maillage/protocol'
import { REGIONAL_SPACE_IDS } from '@maillage/schema'
import {
  createApiClient,
  type ApiClient,
  type ApiResponse,
  type Credential,
} from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { PROPOSAL } from '../helpers/toolboxAuthorizationRows.ts'

// Decisions on a tool proposal sent at the same time (two members of the comité, a double click,
// a retried request): exactly one is recorded, the others are refused, and the proposal, its
// history, the audit trail and the fiche outil all tell the same story. On the embedded store of
// `npm start` (files on disk), so that requests interleave at its writes as they do in production.

const RATIONALE = 'Aucun outil existant ne cartographie les freins à la mobilité par commune.'
const PARALLEL_DECISIONS = 10

type MoveAnswer = ApiResponse<{ proposal: ToolProposalView } & ApiErrorBody>

describe('concurrent decisions on a tool proposal', () => {
  let dataDir: string
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let copil: Credential

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-proposal-race-'))
    server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
    })
    api = createApiClient(server.httpUrl)
    ;[lille, copil] = (
      await Promise.all([
        api.signIn('lille@demo.maillage.fr'),
        api.signIn('copil@demo.maillage.fr'),
      ])
    ).map((signedIn) => signedIn.credential) as [Credential, Credential]
  })
  afterAll(async () => {
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  /** A new proposal under examination, with a title of its own to find its fiche outil by. */
  async function examinedProposal(title: string): Promise<string> {
    const created = await api.request<{ proposal: ToolProposalView }>(
      'POST',
      '/api/toolbox/proposals',
      { as: lille, body: { ...PROPOSAL, title } },
    )
    expect(created.status).toBe(201)
    const id = created.body.proposal.id
    expect((await move(id, { to: 'en-examen' })).status).toBe(200)
    return id
  }

  function move(id: string, body: object): Promise<MoveAnswer> {
    return api.request('POST', `/api/toolbox/proposals/${id}/transition`, { as: copil, body })
  }

  async function stored(id: string): Promise<ToolProposalView> {
    const answer = await api.request<{ proposal: ToolProposalView }>(
      'GET',
      `/api/toolbox/proposals/${id}`,
      { as: copil },
    )
    expect(answer.status).toBe(200)
    return answer.body.proposal
  }

  /** Every document of the espace régional with this title: fiches outil, orphans included. */
  async function toolsTitled(title: string): Promise<string[]> {
    const documents = await server.server.metadata.listDocumentsOfSpace(REGIONAL_SPACE_IDS.regional)
    return documents.filter((document) => document.title === title).map((document) => document.id)
  }

  async function decisionsAudited(id: string): Promise<unknown[]> {
    const audit = await server.server.metadata.listAudit()
    return audit
      .filter((entry) => entry.action === 'tool-proposal.moved' && entry.target === id)
      .map((entry) => entry.details?.['to'])
  }

  it('records one of ten parallel « valide » and creates one fiche outil; nine get CONFLICT', async () => {
    const title = 'Observatoire des freins périscolaires'
    const id = await examinedProposal(title)

    const answers = await Promise.all(
      Array.from({ length: PARALLEL_DECISIONS }, () =>
        move(id, { to: 'valide', rationale: RATIONALE }),
      ),
    )

    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
    expect(
      answers
        .filter((answer) => answer.status !== 200)
        .map((answer) => [answer.status, answer.body.error.code]),
    ).toEqual(Array.from({ length: PARALLEL_DECISIONS - 1 }, () => [409, 'CONFLICT']))
    const proposal = await stored(id)
    expect(proposal.status).toBe('valide')
    expect(proposal.history.map((step) => step.status)).toEqual(['propose', 'en-examen', 'valide'])
    expect(await toolsTitled(title)).toEqual([proposal.createdToolId])
    expect(await decisionsAudited(id)).toEqual(['en-examen', 'valide'])
  })

  it('deletes the fiche outil of a « valide » that another process refused first, and answers CONFLICT', async () => {
    const title = 'Carte des tiers-lieux numériques'
    const id = await examinedProposal(title)
    // Another process records its refusal between this validation's check and its own write,
    // where nothing in this process can order the two: at the store, just before the transaction
    // that records the step (and its entry in the register of decisions).
    const metadata = server.server.metadata
    const original = metadata.transaction.bind(metadata)
    metadata.transaction = async <R>(work: (tx: typeof metadata) => Promise<R>): Promise<R> => {
      metadata.transaction = original
      await metadata.toolbox.changeToolProposal(id, (current) => ({
        status: 'refuse',
        history: [
          ...current.history,
          { status: 'refuse', at: new Date().toISOString(), byId: 'ailleurs', byName: 'Ailleurs' },
        ],
      }))
      return original(work)
    }

    const answer = await move(id, { to: 'valide', rationale: RATIONALE })

    expect([answer.status, answer.body.error.code]).toEqual([409, 'CONFLICT'])
    const proposal = await stored(id)
    expect([proposal.status, proposal.createdToolId]).toEqual(['refuse', undefined])
    expect(proposal.history.map((step) => step.by.name)).toEqual([
      'Nadia Benali',
      'Sophie Martin',
      'Ailleurs',
    ])
    expect(await toolsTitled(title)).toEqual([])
  })

  it('lets exactly one of a « valide » racing refusals win, with history and state agreeing', async () => {
    const title = 'Baromètre des mobilités rurales'
    const id = await examinedProposal(title)
    // The validation first: it creates a fiche outil before recording, the window refusals race into.
    const decisions = [
      { to: 'valide', rationale: RATIONALE },
      { to: 'refuse', rationale: `${RATIONALE} (premier avis)` },
      { to: 'refuse', rationale: `${RATIONALE} (deuxième avis)` },
      { to: 'refuse', rationale: `${RATIONALE} (troisième avis)` },
    ]

    const answers = await Promise.all(decisions.map((decision) => move(id, decision)))

    const won = answers.flatMap((answer, index) => (answer.status === 200 ? [index] : []))
    expect(won).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(decisions.length - 1)
    const winner = decisions[won[0] ?? -1]
    const proposal = await stored(id)
    expect(proposal.status).toBe(winner?.to)
    expect(proposal.history.map((step) => [step.status, step.rationale])).toEqual([
      ['propose', undefined],
      ['en-examen', undefined],
      [winner?.to, winner?.rationale],
    ])
    const tools = await toolsTitled(title)
    if (winner?.to === 'valide') expect(tools).toEqual([proposal.createdToolId])
    else expect([tools, proposal.createdToolId]).toEqual([[], undefined])
    expect(await decisionsAudited(id)).toEqual(['en-examen', winner?.to])
  })
})
