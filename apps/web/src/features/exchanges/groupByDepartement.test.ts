import { describe, expect, it } from 'vitest'
import { groupByDepartement } from './groupByDepartement.ts'

describe('groupByDepartement', () => {
  it('orders départements by code, names in French order, regional spaces last', () => {
    const groups = groupByDepartement(
      [
        { name: 'CLPE Lens', dep: '62' },
        { name: 'CoRE', dep: undefined },
        { name: 'CLPE Roubaix-Tourcoing', dep: '59' },
        { name: 'CLPE Avesnes-sur-Helpe', dep: '59' },
        { name: 'CLPE Laon', dep: '02' },
      ],
      (item) => item.dep,
    )
    expect(groups.map((group) => [group.label, group.items.map((item) => item.name)])).toEqual([
      ['Aisne (02)', ['CLPE Laon']],
      ['Nord (59)', ['CLPE Avesnes-sur-Helpe', 'CLPE Roubaix-Tourcoing']],
      ['Pas-de-Calais (62)', ['CLPE Lens']],
      ['Région', ['CoRE']],
    ])
  })
})
