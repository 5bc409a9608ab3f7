import { describe, expect, it } from 'vitest'
import { DocumentKind, kindDefinition, readFields } from '@maillage/schema'
import { ficheLinksOf } from './ficheLinksOf.ts'

describe('ficheLinksOf', () => {
  it('lists the fiches a feuille de route links, in list order, without empty links', () => {
    const definition = kindDefinition(DocumentKind.FeuilleDeRoute)
    const { values } = readFields(definition, {
      diagnostic: 'diagnostic-lie',
      fichesAction: [
        { id: 'b', order: 2, fiche: 'fiche-2' },
        { id: 'a', order: 1, fiche: 'fiche-1' },
        { id: 'c', order: 3, fiche: '' },
      ],
    })
    expect(ficheLinksOf(definition, values)).toEqual(['fiche-1', 'fiche-2'])
  })

  it('finds none in a kind without such a list', () => {
    const definition = kindDefinition(DocumentKind.FicheAction)
    expect(ficheLinksOf(definition, readFields(definition, {}).values)).toEqual([])
  })
})
