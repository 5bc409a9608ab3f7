import type { Fixture, RouteRow } from './authorizationTable.ts'
import { LILLE, asAdmin, field } from './authorizationTable.ts'

// The rows of the file exports in the authorization matrix: whoever reads a document exports it
// (Markdown here: the formats share one access check, and Markdown needs no converter); another
// space's member gets 404, as for the document itself.

/** One feuille de route per fixture, for its dossier, made once by the admin. */
const roadmapOfFixture = new WeakMap<Fixture, Promise<string>>()

function roadmapOf(fixture: Fixture): Promise<string> {
  let roadmap = roadmapOfFixture.get(fixture)
  if (roadmap === undefined) {
    roadmap = asAdmin(fixture, 'POST', `/api/spaces/${LILLE}/documents`, {
      kind: 'feuille-de-route',
      title: 'Feuille de route 2027',
    }).then((created) => field(created, 'document', 'id'))
    roadmapOfFixture.set(fixture, roadmap)
  }
  return roadmap
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the ODT, DOCX, PDF and Markdown exports, with the status each role gets. */
export const EXPORT_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/documents/:documentId/export.:format',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `/api/documents/${fixture.documents.private}/export.md` }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/dossier.:format',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({ path: `/api/documents/${await roadmapOf(fixture)}/dossier.md` }),
  },
]
