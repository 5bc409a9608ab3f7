import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// S8's data set: the 26 CLPE × FICHES_PER_CLPE fiches action with indicators, and a feuille de
// route per CLPE linking the first LINKED_FICHES of them, written into Maillage's lowdb metadata
// file (`metadata.json`, plain JSON) while the server is stopped. Records have the shape of the
// document index (`server/src/persistence/records/DocumentRecord.ts` and the `pilotage` digest of
// `@maillage/schema`); the server validates them when it reads the file back, so a shape that
// drifts fails the scenario instead of being measured. The same generator as
// `tests/integration/pilotageRegionalScale.test.ts`: the test checks the answer, the bench times it.

/** Fiches action written per CLPE. */
export const FICHES_PER_CLPE = 200
/** The first fiches of each CLPE its feuille de route links (the regional view counts those). */
export const LINKED_FICHES = 150
/** Later than any demo feuille de route, so that the generated one is each CLPE's current one. */
const YEAR = 2100
const STATUSES = ['en-attente-de-validation', 'en-cours', 'terminee', 'abandonnee'] as const
const DAY_MS = 86_400_000

/** The name of Maillage's metadata file in its data directory. */
const METADATA_FILE = 'metadata.json'

/**
 * Appends the data set to the metadata file of `dataDir`, for every space of kind `clpe` it holds;
 * resolves with the number of CLPE.
 */
export async function writeRegionalDataSet(dataDir: string, nowMs: number): Promise<number> {
  const path = join(dataDir, METADATA_FILE)
  const data = JSON.parse(await readFile(path, 'utf8')) as {
    spaces: { id: string; kind: string }[]
    documents: unknown[]
  }
  const clpeIds = data.spaces.filter((space) => space.kind === 'clpe').map((space) => space.id)
  const recent = new Date(nowMs - DAY_MS).toISOString()
  const old = new Date(nowMs - 90 * DAY_MS).toISOString()
  for (const spaceId of clpeIds) {
    for (let index = 0; index < FICHES_PER_CLPE; index += 1) {
      data.documents.push(ficheRecord(spaceId, index, { recent, old }))
    }
    data.documents.push({
      id: `${spaceId}-feuille-${YEAR}`,
      spaceId,
      kind: 'feuille-de-route',
      title: `Feuille de route ${YEAR}`,
      sharedWithAll: false,
      createdBy: 'account-bench',
      createdAt: recent,
      updatedAt: recent,
      pilotage: {
        kind: 'feuille-de-route',
        annee: YEAR,
        ficheIds: Array.from({ length: LINKED_FICHES }, (_, index) => `${spaceId}-fiche-${index}`),
      },
    })
  }
  await writeFile(path, JSON.stringify(data))
  return clpeIds.length
}

/** Fiche `index` of a CLPE: status, staleness, themes, score and indicators follow `index`. */
function ficheRecord(
  spaceId: string,
  index: number,
  times: { readonly recent: string; readonly old: string },
): object {
  const status = STATUSES[index % STATUSES.length] ?? 'en-cours'
  const quantified = index % 3 === 0
  return {
    id: `${spaceId}-fiche-${index}`,
    spaceId,
    kind: 'fiche-action',
    title: `Action ${index} de ${spaceId}`,
    sharedWithAll: false,
    createdBy: 'account-bench',
    createdAt: times.old,
    updatedAt: index % 8 === 1 ? times.old : times.recent,
    status,
    keyFields: {
      thematiques: index % 2 === 0 ? 'mobilite' : 'formation,logement',
      publicsCibles: 'jeunes',
    },
    qualityScore: 40 + (index % 50),
    pilotage: {
      kind: 'fiche-action',
      indicators: [
        {
          id: 'participants',
          level: 'realisation',
          label: 'Participants',
          unit: 'personnes',
          baseline: null,
          baselineDate: '',
          target: 100,
          targetDate: '',
          kpi: '',
          measurements: [
            { date: '2026-01-15', value: 20 },
            { date: '2026-03-15', value: 45 },
          ],
        },
        {
          id: 'emploi',
          level: 'resultat',
          label: 'Accès à l’emploi à 6 mois',
          unit: '%',
          baseline: 40,
          baselineDate: '2025-12-31',
          target: quantified ? 60 : null,
          targetDate: quantified ? '2026-12-31' : '',
          kpi: quantified ? 'acces-emploi-6-mois' : '',
          measurements: [{ date: '2026-04-01', value: 50 }],
        },
      ],
      efficacite: status === 'terminee' ? 7 : null,
      reconduction: status === 'terminee' ? 'oui' : '',
      nombreBeneficiaires: 30,
    },
  }
}
