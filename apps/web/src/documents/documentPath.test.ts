import { describe, expect, it } from 'vitest'
import { documentPath } from './documentPath.ts'

describe('documentPath', () => {
  it('opens threads, ateliers and séances on their own pages, other documents in the editor', () => {
    expect(documentPath({ id: 'fil-1', kind: 'discussion' })).toBe('/echanges/fil-1')
    expect(documentPath({ id: 'atelier-1', kind: 'atelier' })).toBe('/ateliers/atelier-1')
    expect(documentPath({ id: 'seance-1', kind: 'seance' })).toBe(
      '/gouvernance/seances/document/seance-1',
    )
    expect(documentPath({ id: 'fiche-1', kind: 'fiche-action' })).toBe('/documents/fiche-1')
  })
})
