import { parseDocumentId } from '@maillage/protocol'
import { parseSpaceId, type FichePilotage, type IndicatorDigest } from '@maillage/schema'
import type { DocumentRecord } from '../persistence/records/DocumentRecord.ts'
import type { Space } from '../persistence/records/Space.ts'

// Index records for the unit tests of the pilotage's builders.

/** The instant the tests build their dashboards at. */
export const NOW_MS = Date.parse('2026-06-30T12:00:00.000Z')
/** Ten days before {@link NOW_MS}: fresh. */
export const RECENT = '2026-06-20T12:00:00.000Z'
/** Sixty days before {@link NOW_MS}: stale when en cours. */
export const OLD = '2026-05-01T12:00:00.000Z'

/** The space of CLPE Lille (Nord, 59). */
export const LILLE = parseSpaceId('clpe-59004')

/** A CLPE space of the Nord (59). */
export const clpeSpace = (overrides: Partial<Space> = {}): Space => ({
  id: LILLE,
  kind: 'clpe',
  name: 'CLPE Lille',
  description: '',
  territory: { clpeCode: 'CLPE59004', departement: '59' },
  createdAt: RECENT,
  ...overrides,
})

/** An indicator digest of level résultat, quantified and dated, with `overrides`. */
export const indicator = (overrides: Partial<IndicatorDigest> = {}): IndicatorDigest => ({
  id: 'indicateur-1',
  level: 'resultat',
  label: 'Recrutements',
  unit: 'personnes',
  baseline: null,
  baselineDate: '',
  target: 30,
  targetDate: '2026-12-31',
  kpi: '',
  measurements: [],
  ...overrides,
})

/** What the index keeps of a fiche for steering, with `overrides`. */
export const fichePilotage = (overrides: Partial<FichePilotage> = {}): FichePilotage => ({
  kind: 'fiche-action',
  indicators: [],
  efficacite: null,
  reconduction: '',
  nombreBeneficiaires: null,
  ...overrides,
})

/** The index record of a fiche action of {@link clpeSpace}, en cours and fresh, with `overrides`. */
export const ficheRecord = (
  id: string,
  overrides: Partial<DocumentRecord> = {},
): DocumentRecord => ({
  id: parseDocumentId(id),
  spaceId: LILLE,
  kind: 'fiche-action',
  title: `Fiche ${id}`,
  sharedWithAll: false,
  createdBy: 'account-1',
  createdAt: RECENT,
  updatedAt: RECENT,
  status: 'en-cours',
  keyFields: {},
  pilotage: fichePilotage(),
  ...overrides,
})

/** The index record of a feuille de route of {@link clpeSpace} linking `ficheIds`. */
export const feuilleRecord = (
  id: string,
  options: { annee: number | null; ficheIds: readonly string[] },
  overrides: Partial<DocumentRecord> = {},
): DocumentRecord => ({
  id: parseDocumentId(id),
  spaceId: LILLE,
  kind: 'feuille-de-route',
  title: `Feuille ${id}`,
  sharedWithAll: false,
  createdBy: 'account-1',
  createdAt: RECENT,
  updatedAt: RECENT,
  pilotage: { kind: 'feuille-de-route', annee: options.annee, ficheIds: [...options.ficheIds] },
  ...overrides,
})
