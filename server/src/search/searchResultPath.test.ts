import { describe, expect, it } from 'vitest'
import { DocumentKind } from '@maillage/schema'
import { searchResultPath } from './searchResultPath.ts'

describe('searchResultPath', () => {
  it('opens threads, ateliers and séances on their own pages, other documents in the editor', () => {
    expect(searchResultPath(DocumentKind.Discussion, 'fil-1')).toBe('/echanges/fil-1')
    expect(searchResultPath(DocumentKind.Atelier, 'atelier-1')).toBe('/ateliers/atelier-1')
    expect(searchResultPath(DocumentKind.Seance, 'seance-1')).toBe(
      '/gouvernance/seances/document/seance-1',
    )
    expect(searchResultPath(DocumentKind.FicheAction, 'fiche-1')).toBe('/documents/fiche-1')
  })
})
