import { describe, expect, it } from 'vitest'
import { MATURITY_GRID } from '@maillage/schema'
import { MATURITY_THEME_CODES, maturityThemeCodeOf } from './maturityThemeCodes.ts'

describe('MATURITY_THEME_CODES', () => {
  it('gives every theme of the grid a letter of its own', () => {
    const codes = MATURITY_THEME_CODES.map((theme) => theme.code)
    expect(codes).toHaveLength(MATURITY_GRID.length)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes.every((code) => /^\p{Lu}$/u.test(code))).toBe(true)
  })

  it('falls back to the whole label for a theme the grid does not know', () => {
    expect(maturityThemeCodeOf('ancien-theme', 'Ancien thème')).toBe('Ancien thème')
  })
})
