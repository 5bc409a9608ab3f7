import { describe, expect, it } from 'vitest'
import { DocumentKind } from '@maillage/schema'
import { indexFields } from './indexFields.ts'

const NOW = Date.parse('2026-03-02T09:00:00.000Z')

describe('indexFields', () => {
  it('indexes the status, quality and up to three weakest criteria of a fiche action', () => {
    const { index, problems } = indexFields(
      DocumentKind.FicheAction,
      { statut: 'en-cours', problematique: '' },
      { nowMs: NOW, title: 'Forum emploi' },
    )
    expect(problems).toEqual([])
    expect(index.status).toBe('en-cours')
    expect(index.fieldProblems).toBe(0)
    expect(index.qualityScore).toEqual(expect.any(Number))
    expect(index.weakCriteria?.length).toBe(3)
    for (const criterion of index.weakCriteria ?? []) {
      expect(Object.keys(criterion).sort()).toEqual(['id', 'label', 'level'])
    }
  })

  it('counts values of the wrong type and still reads the others', () => {
    const { index, problems } = indexFields(
      DocumentKind.FicheAction,
      { statut: 'terminee', nombreBeneficiaires: 'beaucoup', publicsCibles: 'jeunes' },
      { nowMs: NOW, title: 'Forum emploi' },
    )
    expect(problems.map((problem) => problem.path[0]).sort()).toEqual([
      'nombreBeneficiaires',
      'publicsCibles',
    ])
    expect(index.fieldProblems).toBe(2)
    expect(index.status).toBe('terminee')
  })

  it('leaves quality out for kinds without a grid', () => {
    const { index } = indexFields(DocumentKind.Page, {}, { nowMs: NOW, title: 'Page' })
    expect(index).toMatchObject({ status: undefined, qualityScore: undefined, fieldProblems: 0 })
  })

  it('keeps the steering digest of a fiche action: its indicators and dated measurements', () => {
    const { index } = indexFields(
      DocumentKind.FicheAction,
      {
        statut: 'en-cours',
        indicateurs: [
          {
            id: 'indicateur-1',
            order: 1,
            niveau: 'resultat',
            libelle: 'Personnes recrutées',
            unite: 'personnes',
            valeurReference: 0,
            cible: 40,
            mesures: [
              { id: 'm-2', order: 2, date: '2026-02-01', valeur: 12 },
              { id: 'm-1', order: 1, date: '2026-01-01', valeur: 5 },
            ],
          },
        ],
      },
      { nowMs: NOW, title: 'Forum emploi' },
    )
    expect(index.pilotage?.kind).toBe('fiche-action')
    if (index.pilotage?.kind !== 'fiche-action') return
    expect(index.pilotage.indicators).toHaveLength(1)
    expect(index.pilotage.indicators[0]).toMatchObject({
      id: 'indicateur-1',
      level: 'resultat',
      target: 40,
      measurements: [
        { date: '2026-01-01', value: 5 },
        { date: '2026-02-01', value: 12 },
      ],
    })
  })

  it('keeps the year and linked fiches of a feuille de route, and no digest for other kinds', () => {
    const roadmap = indexFields(
      DocumentKind.FeuilleDeRoute,
      {},
      { nowMs: NOW, title: 'Feuille de route 2026' },
    )
    expect(roadmap.index.pilotage).toMatchObject({ kind: 'feuille-de-route', ficheIds: [] })
    const page = indexFields(DocumentKind.Page, {}, { nowMs: NOW, title: 'Page' })
    expect('pilotage' in page.index).toBe(true)
    expect(page.index.pilotage).toBeUndefined()
  })
})
