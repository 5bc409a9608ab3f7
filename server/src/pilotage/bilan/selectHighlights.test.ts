import { describe, expect, it } from 'vitest'
import { reachesTarget, selectHighlights, type HighlightCandidate } from './selectHighlights.ts'

const FIRST_HALF_2026 = { periodStart: '2026-01-01', periodEnd: '2026-06-30' }

function fiche(overrides: Partial<HighlightCandidate> & Pick<HighlightCandidate, 'documentId'>) {
  return {
    title: overrides.documentId,
    spaceName: 'CLPE Lens',
    status: 'terminee',
    dateFin: '2026-05-31',
    updatedAt: '2026-06-02T08:00:00.000Z',
    efficacite: null,
    reconduction: '',
    indicators: [],
    ...overrides,
  } satisfies HighlightCandidate
}

function indicator(overrides: Partial<HighlightCandidate['indicators'][number]>) {
  return {
    level: 'resultat',
    label: 'Recrutements',
    unit: 'personnes',
    baseline: 0,
    target: 40,
    measurements: [],
    ...overrides,
  }
}

describe('selectHighlights', () => {
  it('keeps the actions terminées in the period with efficacité ≥ 7 or reconduction « oui »', () => {
    const highlights = selectHighlights(
      [
        fiche({ documentId: 'effective', efficacite: 7 }),
        fiche({ documentId: 'renewed', efficacite: 4, reconduction: 'oui' }),
        fiche({ documentId: 'weak', efficacite: 6, reconduction: 'peut-etre' }),
        fiche({ documentId: 'running', status: 'en-cours', efficacite: 9 }),
        fiche({ documentId: 'too-late', dateFin: '2026-07-01', efficacite: 9 }),
        fiche({ documentId: 'best', efficacite: 10 }),
      ],
      FIRST_HALF_2026,
    )
    expect(highlights.fiches.map((found) => found.documentId)).toEqual([
      'best',
      'effective',
      'renewed',
    ])
  })

  it('dates an action without date de fin by its last change', () => {
    const undated = fiche({ documentId: 'undated', dateFin: '', efficacite: 8 })
    expect(selectHighlights([undated], FIRST_HALF_2026).fiches).toHaveLength(1)
    const closedLater = { ...undated, updatedAt: '2026-08-01T08:00:00.000Z' }
    expect(selectHighlights([closedLater], FIRST_HALF_2026).fiches).toHaveLength(0)
  })

  it('keeps indicators whose latest measure, taken in the period, reached the target', () => {
    const highlights = selectHighlights(
      [
        fiche({
          documentId: 'f',
          status: 'en-cours',
          indicators: [
            indicator({ label: 'atteint', measurements: [{ date: '2026-03-01', value: 41 }] }),
            indicator({
              label: 'retombé',
              measurements: [
                { date: '2026-02-01', value: 45 },
                { date: '2026-03-01', value: 30 },
              ],
            }),
            indicator({ label: 'hors période', measurements: [{ date: '2026-07-02', value: 50 }] }),
            indicator({
              label: 'sans cible',
              target: null,
              measurements: [{ date: '2026-03-01', value: 5 }],
            }),
            indicator({ label: 'sans mesure' }),
          ],
        }),
      ],
      FIRST_HALF_2026,
    )
    expect(highlights.indicators.map((found) => found.label)).toEqual(['atteint'])
    expect(highlights.indicators[0]?.latest).toEqual({ date: '2026-03-01', value: 41 })
  })

  it('reads a target below the baseline as one to bring down (a delay)', () => {
    expect(reachesTarget(18, 20, 35)).toBe(true)
    expect(reachesTarget(22, 20, 35)).toBe(false)
    expect(reachesTarget(20, 20, null)).toBe(true)
    expect(reachesTarget(19, 20, 0)).toBe(false)
  })
})
