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
})
