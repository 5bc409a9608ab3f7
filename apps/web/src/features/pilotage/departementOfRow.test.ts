import { describe, expect, it } from 'vitest'
import { departementOfRow } from './departementOfRow.ts'

describe('departementOfRow', () => {
  it('finds a département by its name or by its code', () => {
    expect(departementOfRow('Pas-de-Calais')?.code).toBe('62')
    expect(departementOfRow('80')?.name).toBe('Somme')
  })

  it('finds none for a value the referential does not hold', () => {
    expect(departementOfRow('')).toBeUndefined()
  })
})
