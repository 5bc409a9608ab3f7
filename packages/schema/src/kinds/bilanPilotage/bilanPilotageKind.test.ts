import { describe, expect, it } from 'vitest'
import { DOCUMENT_KIND_LABELS, DocumentKind, KINDS_WITH_OWN_WORKFLOW } from '../../DocumentKind.ts'
import { readFields } from '../fields/readFields.ts'
import { bilanPilotageKind } from './bilanPilotageKind.ts'

describe('bilanPilotageKind', () => {
  it('is drafted by the server, never created blank, and has no template of its own', () => {
    expect(KINDS_WITH_OWN_WORKFLOW.has(DocumentKind.BilanPilotage)).toBe(true)
    expect(DOCUMENT_KIND_LABELS['bilan-pilotage']).toBe('Bilan pour le bureau du CoRE')
    expect(bilanPilotageKind.template).toEqual([])
    expect(bilanPilotageKind.quality).toBeNull()
  })

  it('indexes its period, the date of its figures and its status', () => {
    const { values, problems } = readFields(bilanPilotageKind, {
      periodeDebut: '2025-01-01',
      periodeFin: '2025-06-30',
      dateDesChiffres: '2025-07-02',
      statut: 'transmis',
    })
    expect(problems).toEqual([])
    expect(bilanPilotageKind.index(values)).toEqual({
      status: 'transmis',
      keyFields: {
        periodeDebut: '2025-01-01',
        periodeFin: '2025-06-30',
        dateDesChiffres: '2025-07-02',
      },
    })
  })
})
