import { describe, expect, it } from 'vitest'
import { KINDS } from './KINDS.ts'
import { readFields } from './fields/readFields.ts'
import { JOB_DATING_RAW } from './ficheAction/ficheActionFixtures.ts'

describe('index of each kind', () => {
  it('keeps the status and the key fields of a fiche action, multi-choices as values', () => {
    const values = readFields(KINDS['fiche-action'], JOB_DATING_RAW).values
    expect(KINDS['fiche-action'].index(values)).toEqual({
      status: 'en-cours',
      keyFields: {
        dateDebut: '2025-03-01',
        dateFin: '2025-06-30',
        publicsCibles: 'de,jeunes',
        thematiques: 'recrutement,mobilite',
        typologieImpact: 'acces-emploi',
        cadre: 'feuille-de-route',
      },
    })
  })

  it('keeps the période of a diagnostic', () => {
    const values = readFields(KINDS.diagnostic, { periode: '2025' }).values
    expect(KINDS.diagnostic.index(values)).toEqual({ status: null, keyFields: { periode: '2025' } })
  })

  it('keeps the year, status and number of fiches of a feuille de route', () => {
    const raw = {
      annee: 2025,
      statut: 'validee',
      fichesAction: [{ id: 'f1', order: 1, fiche: 'fiche-job-dating' }],
    }
    const values = readFields(KINDS['feuille-de-route'], raw).values
    expect(KINDS['feuille-de-route'].index(values)).toEqual({
      status: 'validee',
      keyFields: { annee: '2025', fichesAction: '1' },
    })
  })

  it('keeps the date of a compte rendu', () => {
    const values = readFields(KINDS['compte-rendu'], { date: '2025-02-11' }).values
    expect(KINDS['compte-rendu'].index(values).keyFields).toEqual({ date: '2025-02-11' })
  })
})
