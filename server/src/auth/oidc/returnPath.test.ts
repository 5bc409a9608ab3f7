import { describe, expect, it } from 'vitest'
import { safeReturnPath } from './returnPath.ts'

describe('safeReturnPath', () => {
  it('keeps a path of this app, with its query and fragment', () => {
    expect(safeReturnPath('/invitation/abc?x=1#y')).toBe('/invitation/abc?x=1#y')
    expect(safeReturnPath('/espaces/clpe-59004')).toBe('/espaces/clpe-59004')
  })

  it('sends anything that could leave the app to the accueil', () => {
    for (const value of [
      'https://ailleurs.example/',
      '//ailleurs.example/',
      '/\\ailleurs.example/',
      '/\t/ailleurs.example/',
      'javascript:alert(1)',
      '',
      undefined,
      42,
      `/${'a'.repeat(2000)}`,
    ]) {
      expect(safeReturnPath(value)).toBe('/')
    }
  })
})
