import { describe, expect, it } from 'vitest'
import type { RegionalRow } from '@maillage/schema'
import { RegionalSortKey, nextSort, sortRegionalRows } from './sortRegionalRows.ts'

function rowOf(name: string, overrides: Partial<RegionalRow> = {}): RegionalRow {
  return {
    spaceId: name.toLowerCase(),
    name,
    departement: '59',
    actions: 0,
    byStatus: {},
    byThematique: {},
    byPublic: {},
    quantifiedShare: { withIndicator: 0, total: 0, ratio: null },
    averageQuality: null,
    staleCount: 0,
    maturity: null,
    supraTerritorialSubjects: 0,
    ...overrides,
  }
}

const names = (rows: readonly RegionalRow[]) => rows.map((row) => row.name)

describe('sortRegionalRows', () => {
  it('sorts names in French order (accents, not code points)', () => {
    const rows = [rowOf('Lille'), rowOf('Étaples'), rowOf('Amiens')]
    expect(names(sortRegionalRows(rows, { key: 'name', direction: 'ascending' }))).toEqual([
      'Amiens',
      'Étaples',
      'Lille',
    ])
  })

  it('sorts a count in both directions, ties by name', () => {
    const rows = [
      rowOf('Lens', { byStatus: { 'en-cours': 2 } }),
      rowOf('Arras', { byStatus: { 'en-cours': 5 } }),
      rowOf('Douai', { byStatus: { 'en-cours': 2 } }),
    ]
    const descending = { key: RegionalSortKey.EnCours, direction: 'descending' } as const
    expect(names(sortRegionalRows(rows, descending))).toEqual(['Arras', 'Douai', 'Lens'])
    const ascending = { key: RegionalSortKey.EnCours, direction: 'ascending' } as const
    expect(names(sortRegionalRows(rows, ascending))).toEqual(['Douai', 'Lens', 'Arras'])
  })

  it('puts CLPE without a value last in both directions', () => {
    const rows = [
      rowOf('Avesnes'),
      rowOf('Lille', { averageQuality: 40 }),
      rowOf('Lens', { averageQuality: 70 }),
    ]
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRegionalRows(rows, { key: RegionalSortKey.Quality, direction })
      expect(sorted.at(-1)?.name).toBe('Avesnes')
    }
  })

  it('sorts the share of actions with impact indicators by ratio', () => {
    const rows = [
      rowOf('Lille', { quantifiedShare: { withIndicator: 1, total: 4, ratio: 0.25 } }),
      rowOf('Lens', { quantifiedShare: { withIndicator: 3, total: 4, ratio: 0.75 } }),
    ]
    const sorted = sortRegionalRows(rows, {
      key: RegionalSortKey.Quantified,
      direction: 'descending',
    })
    expect(names(sorted)).toEqual(['Lens', 'Lille'])
  })
})

describe('nextSort', () => {
  it('turns the direction of the sorted column around', () => {
    expect(nextSort({ key: 'actions', direction: 'descending' }, 'actions')).toEqual({
      key: 'actions',
      direction: 'ascending',
    })
  })

  it('starts text columns A to Z and figures largest first', () => {
    const current = { key: RegionalSortKey.Actions, direction: 'ascending' } as const
    expect(nextSort(current, RegionalSortKey.Departement).direction).toBe('ascending')
    expect(nextSort(current, RegionalSortKey.Stale).direction).toBe('descending')
  })
})
