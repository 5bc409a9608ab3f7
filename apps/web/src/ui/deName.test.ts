import { describe, expect, it } from 'vitest'
import { deName } from './deName.ts'

describe('deName', () => {
  it('elides « de » before a vowel, an accented capital or an h', () => {
    expect(deName('Élodie Vasseur')).toBe('d’Élodie Vasseur')
    expect(deName('Anne Roy')).toBe('d’Anne Roy')
    expect(deName('Hugo Martin')).toBe('d’Hugo Martin')
  })

  it('keeps « de » before a consonant', () => {
    expect(deName('Nadia Benali')).toBe('de Nadia Benali')
  })
})
