import { describe, expect, it } from 'vitest'
import { citationHref } from './syntheseKind.ts'

const source = { libelle: 'Rapport', type: 'document', reference: '', lien: '' }

describe('citationHref', () => {
  it('opens a cited document in the app, from its id, its path or its full address', () => {
    expect(citationHref({ ...source, reference: 'abc-123' })).toBe('/documents/abc-123')
    expect(citationHref({ ...source, reference: '/documents/abc-123' })).toBe('/documents/abc-123')
    expect(
      citationHref({ ...source, reference: 'https://maillage.example/documents/abc-123' }),
    ).toBe('/documents/abc-123')
  })

  it('links a veille item and a web page to their address, only http(s)', () => {
    expect(
      citationHref({ ...source, type: 'veille', lien: 'https://dares.travail.gouv.fr/x' }),
    ).toBe('https://dares.travail.gouv.fr/x')
    expect(citationHref({ ...source, type: 'lien', lien: 'javascript:alert(1)' })).toBeNull()
  })

  it('has no address for a source not yet complete', () => {
    expect(citationHref({ ...source, reference: 'pas un identifiant !' })).toBeNull()
    expect(citationHref({ ...source, type: '' })).toBeNull()
  })
})
