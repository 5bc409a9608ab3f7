import { describe, expect, it } from 'vitest'
import { veilleItem } from '../persistence/metadataContractVeille.ts'
import { filterVeilleItems } from './filterVeilleItems.ts'

const lille = veilleItem({
  id: 'lille',
  publishedOn: '2025-03-10',
  source: 'CARIF-OREF Hauts-de-France',
  thematiques: ['formation'],
  territories: ['clpe-59004'],
})
const nord = veilleItem({
  id: 'nord',
  publishedOn: '2025-05-02',
  source: 'Insee',
  thematiques: ['recrutement', 'mobilite'],
  territories: ['59'],
  status: 'publie',
  selectedForLettre: true,
})
const region = veilleItem({ id: 'region', publishedOn: '2025-04-01', territories: ['region'] })
const somme = veilleItem({ id: 'somme', publishedOn: '2025-01-15', territories: ['80'] })
const all = [lille, nord, region, somme]
const ids = (filters: Parameters<typeof filterVeilleItems>[1]): string[] =>
  filterVeilleItems(all, filters).map((item) => item.id)

describe('filterVeilleItems', () => {
  it('orders by publication, newest first', () => {
    expect(ids({})).toEqual(['nord', 'region', 'lille', 'somme'])
  })

  it('gives a CLPE its own items, its département’s and the region’s', () => {
    expect(ids({ territory: 'clpe-59004' })).toEqual(['nord', 'region', 'lille'])
    expect(ids({ territory: '59' })).toEqual(['nord', 'region', 'lille'])
    expect(ids({ territory: '80' })).toEqual(['region', 'somme'])
    expect(ids({ territory: 'region' })).toEqual(['region'])
  })

  it('filters by thématique, source (accents and case ignored), period, status and selection', () => {
    expect(ids({ thematique: 'mobilite' })).toEqual(['nord'])
    expect(ids({ source: 'carif-oref' })).toEqual(['lille'])
    expect(ids({ source: 'INSÉE' })).toEqual(['nord'])
    expect(ids({ from: '2025-03-10', to: '2025-04-01' })).toEqual(['region', 'lille'])
    expect(ids({ status: 'publie' })).toEqual(['nord'])
    expect(ids({ selectedForLettre: true })).toEqual(['nord'])
    expect(ids({ selectedForLettre: false, thematique: 'formation' })).toEqual(['lille'])
  })
})
