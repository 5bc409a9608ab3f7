import { describe, expect, it } from 'vitest'
import { feuilleRecord, ficheRecord, RECENT } from './pilotageFixtures.ts'
import { selectActions } from './selectActions.ts'
import { selectCurrentFeuilleDeRoute } from './selectCurrentFeuilleDeRoute.ts'

describe('selectActions', () => {
  it('takes every non-archived fiche of the space without a feuille de route', () => {
    const records = [
      ficheRecord('fiche-1'),
      ficheRecord('fiche-archivee', { archivedAt: RECENT }),
      ficheRecord('fiche-2'),
    ]
    const selection = selectActions(records, null)
    expect(selection.scope).toBe('espace')
    expect(selection.fiches.map((record) => record.id)).toEqual(['fiche-1', 'fiche-2'])
  })

  it('takes the fiches the feuille links, in its order, leaving out missing and archived ones', () => {
    const feuille = feuilleRecord('feuille', {
      annee: 2026,
      ficheIds: ['fiche-2', 'fiche-disparue', 'fiche-archivee', 'fiche-1'],
    })
    const records = [
      feuille,
      ficheRecord('fiche-1'),
      ficheRecord('fiche-2'),
      ficheRecord('fiche-archivee', { archivedAt: RECENT }),
      ficheRecord('fiche-hors-feuille'),
    ]
    const selection = selectActions(records, selectCurrentFeuilleDeRoute(records))
    expect(selection.scope).toBe('feuille-de-route')
    expect(selection.fiches.map((record) => record.id)).toEqual(['fiche-2', 'fiche-1'])
  })

  it('is empty for a feuille de route that links no fiche of the space', () => {
    const records = [
      feuilleRecord('feuille', { annee: 2026, ficheIds: ['fiche-autre-clpe'] }),
      ficheRecord('fiche-1'),
    ]
    const selection = selectActions(records, selectCurrentFeuilleDeRoute(records))
    expect(selection).toEqual({ scope: 'feuille-de-route', fiches: [] })
  })
})
