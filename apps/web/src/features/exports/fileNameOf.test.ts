import { describe, expect, it } from 'vitest'
import { fileNameOf } from './fileNameOf.ts'

describe('fileNameOf', () => {
  it('reads the UTF-8 name the server gives', () => {
    const header =
      'attachment; filename="Permis-jeunes.pdf"; ' +
      "filename*=UTF-8''Permis%20%C2%AB%C2%A0jeunes%C2%A0%C2%BB.pdf"
    expect(fileNameOf(header, 'export.pdf')).toBe('Permis «\u00a0jeunes\u00a0».pdf')
  })

  it('falls back on the ASCII name, then on the given one', () => {
    expect(fileNameOf('attachment; filename="a.odt"; filename*=UTF-8\'\'%E0%A4', 'x')).toBe('a.odt')
    expect(fileNameOf(null, 'export.md')).toBe('export.md')
  })
})
