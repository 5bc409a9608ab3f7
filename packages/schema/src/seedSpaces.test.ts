import { describe, expect, it } from 'vitest'
import { SpaceKind } from './SpaceKind.ts'
import { clpeSpaceId, seedSpaces } from './seedSpaces.ts'

describe('seedSpaces', () => {
  it('creates one space per CLPE of Hauts-de-France, the CoRE, the regional space and the copil', () => {
    const spaces = seedSpaces()
    expect(spaces.filter((space) => space.kind === SpaceKind.Clpe)).toHaveLength(26)
    expect(spaces.map((space) => space.kind).filter((kind) => kind !== SpaceKind.Clpe)).toEqual([
      SpaceKind.Core,
      SpaceKind.Regional,
      SpaceKind.Copil,
    ])
    expect(new Set(spaces.map((space) => space.id)).size).toBe(spaces.length)
  })

  it('names CLPE spaces after their arrondissement, with département and commune count', () => {
    const lille = seedSpaces().find((space) => space.id === clpeSpaceId('CLPE59004'))
    expect(lille?.name).toBe('CLPE Lille Métropole')
    expect(lille?.territory).toEqual({ clpeCode: 'CLPE59004', departement: '59' })
    expect(lille?.description).toMatch(/\(Nord, \d+ communes\)/)
  })
})
