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

/** A new avis of CLPE Lille, brought to `step` by its members; resolves with its id. */
async function avisAt(fixture: Fixture, step: Step): Promise<string> {
  const created = await asAdmin(fixture, 'POST', `/api/spaces/${LILLE}/documents`, {
    kind: 'avis',
    title: 'Avis de la matrice',
  })
  const avisId = field(created, 'document', 'id')
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
    cell: async (fixture) => ({ path: base(await avisAt(fixture, 'redaction')) }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/soumission',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => ({ path: `${base(await avisAt(fixture, 'redaction'))}/soumission` }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/positions',
    expected: [401, 200, 200, 200, 404, 403],
    cell: async (fixture) => ({
      path: `${base(await avisAt(fixture, 'soumis'))}/positions`,
      body: { position: 'objection', commentaire: 'Il manque les publics prioritaires.' },
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/adoption',
    expected: [401, 403, 403, 200, 404, 403],
    cell: async (fixture) => ({ path: `${base(await avisAt(fixture, 'approuve'))}/adoption` }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/adoption/retrait',
    expected: [401, 403, 200, 200, 404, 403],
    cell: async (fixture) => ({ path: `${base(await avisAt(fixture, 'soumis'))}/retrait` }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/adoption/export.:format',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `${base(await avisAt(fixture, 'adopte'))}/export.md` }),
  },
]
