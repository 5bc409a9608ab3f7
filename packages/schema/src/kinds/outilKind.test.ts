import { describe, expect, it } from 'vitest'
import { readFields } from './fields/readFields.ts'
import { fieldsOf } from './fields/fieldsOf.ts'
import { OUTIL_KEY_FIELDS, outilKind } from './outilKind.ts'

describe('outilKind', () => {
  it('has every field of a fiche outil that DOMAIN.md lists', () => {
    const names = fieldsOf(outilKind).map((field) => field.name)
    expect(names).toEqual(
      expect.arrayContaining([
        'resume',
        'porteur',
        'type',
        'thematiques',
        'publics',
        'echelle',
        'lien',
        'conditionsAcces',
        'sourcesDonnees',
        'statut',
      ]),
    )
  })

  it('indexes what the catalogue shows, so the catalogue never opens a document', () => {
    const { values } = readFields(outilKind, {
      resume: 'Annuaire de l’offre d’insertion.',
      porteur: 'GIP Plateforme de l’inclusion',
      type: 'diagnostic',
      thematiques: { emploi: true, insertion: true },
      publics: { clpe: true, 'missions-locales': true },
      echelle: 'national',
      lien: 'https://dora.inclusion.beta.gouv.fr',
      statut: 'existant',
    })
    expect(outilKind.index(values)).toEqual({
      status: 'existant',
      keyFields: {
        resume: 'Annuaire de l’offre d’insertion.',
        porteur: 'GIP Plateforme de l’inclusion',
        type: 'diagnostic',
        thematiques: 'emploi,insertion',
        publics: 'clpe,missions-locales',
        echelle: 'national',
        lien: 'https://dora.inclusion.beta.gouv.fr',
      },
    })
    expect(Object.keys(outilKind.index(values).keyFields).sort()).toEqual(
      [...OUTIL_KEY_FIELDS].sort(),
    )
  })

  it('leaves empty fields out of the index', () => {
    const { values } = readFields(outilKind, { statut: 'nouveau' })
    expect(outilKind.index(values)).toEqual({ status: 'nouveau', keyFields: {} })
  })

  it('reads an unknown statut as empty and reports it', () => {
    const { values, problems } = readFields(outilKind, { statut: 'obsolete' })
    expect(values['statut']).toBe('')
    expect(problems).toHaveLength(1)
  })

  it('cuts a one-line summary longer than 200 characters', () => {
    const { values, problems } = readFields(outilKind, { resume: 'x'.repeat(250) })
    expect(values['resume']).toHaveLength(200)
    expect(problems).toHaveLength(1)
  })
})
