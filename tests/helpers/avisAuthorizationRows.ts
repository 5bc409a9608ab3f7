import type { Fixture, Role, RouteRow } from './authorizationTable.ts'
import { LILLE, asAdmin, field } from './authorizationTable.ts'

// The rows of the adoption of an avis in the authorization matrix: whoever reads an avis reads
// its adoption and the adopted version's file; its space's contributeurs and animateurs submit
// and withdraw it; every member of the space, lecteurs included, takes a position; only its
// animateurs adopt. Admins who are not members read it but do not act for the instance; another
// space's member gets 404 as for the document itself.

type Step = 'redaction' | 'soumis' | 'approuve' | 'adopte'

/** Acts on the adoption of `avisId` as `role`; throws unless it succeeds. */
async function actAs(fixture: Fixture, role: Role, avisId: string, action: string, body?: unknown) {
  const path = `/api/documents/${avisId}/adoption/${action}`
  const response = await fixture.api.request('POST', path, { as: fixture.as[role], body })
  if (response.status !== 200) throw new Error(`POST ${path} as ${role}: ${response.status}`)
}

/** One avis of CLPE Lille per row and fixture, made once by the admin (creations are rate-limited). */
const avisOfRow = new WeakMap<Fixture, Map<string, Promise<string>>>()

function avisOf(fixture: Fixture, row: string): Promise<string> {
  const rows = avisOfRow.get(fixture) ?? new Map<string, Promise<string>>()
  avisOfRow.set(fixture, rows)
  let avis = rows.get(row)
  if (avis === undefined) {
    avis = asAdmin(fixture, 'POST', `/api/spaces/${LILLE}/documents`, {
      kind: 'avis',
      title: `Avis de la matrice (${row})`,
    }).then((created) => field(created, 'document', 'id'))
    rows.set(row, avis)
  }
  return avis
}

/**
 * The avis of `row`, taken back to rédaction by Lille's animateur (whatever the previous role's
 * cell left), then brought to `step` by its members; resolves with its id.
 */
async function avisAt(fixture: Fixture, row: string, step: Step): Promise<string> {
  const avisId = await avisOf(fixture, row)
  const current = await fixture.api.request<{ state: string }>(
    'GET',
    `/api/documents/${avisId}/adoption`,
    { as: fixture.admin },
  )
  if (current.body.state !== 'redaction') await actAs(fixture, 'animateur', avisId, 'retrait')
  if (step === 'redaction') return avisId
  await actAs(fixture, 'contributeur', avisId, 'soumission')
  if (step === 'soumis') return avisId
  await actAs(fixture, 'lecteur', avisId, 'positions', { position: 'approbation' })
  if (step === 'approuve') return avisId
  await actAs(fixture, 'animateur', avisId, 'adoption')
  return avisId
}

const base = (avisId: string) => `/api/documents/${avisId}/adoption`

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the adoption of an avis, with the status each role gets. */
export const AVIS_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/documents/:documentId/adoption',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: base(await avisAt(fixture, 'lecture', 'redaction')) }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/soumission',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'soumission', 'redaction'))}/soumission`,
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/positions',
    expected: [401, 200, 200, 200, 404, 403],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'positions', 'soumis'))}/positions`,
      body: { position: 'objection', commentaire: 'Il manque les publics prioritaires.' },
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/adoption',
    expected: [401, 403, 403, 200, 404, 403],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'adoption', 'approuve'))}/adoption`,
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/retrait',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'retrait', 'soumis'))}/retrait`,
    }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/adoption/export.:format',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'export', 'adopte'))}/export.md`,
    }),
  },
]
