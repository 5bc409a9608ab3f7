import { describe, expect, it } from 'vitest'
import { feuilleRecord, ficheRecord, OLD, RECENT } from './pilotageFixtures.ts'
import { selectCurrentFeuilleDeRoute } from './selectCurrentFeuilleDeRoute.ts'

describe('selectCurrentFeuilleDeRoute', () => {
  it('is null for a space without a feuille de route', () => {
    expect(selectCurrentFeuilleDeRoute([ficheRecord('fiche-1')])).toBeNull()
  })

  it('takes the highest year, a feuille without a year coming last', () => {
    const records = [
      feuilleRecord('feuille-2025', { annee: 2025, ficheIds: [] }),
      feuilleRecord('feuille-sans-annee', { annee: null, ficheIds: [] }, { updatedAt: RECENT }),
      feuilleRecord('feuille-2026', { annee: 2026, ficheIds: [] }, { updatedAt: OLD }),
    ]
    expect(selectCurrentFeuilleDeRoute(records)?.record.id).toBe('feuille-2026')
  })

  it('takes the latest changed of one year, and never an archived one', () => {
    const records = [
      feuilleRecord('ancienne', { annee: 2026, ficheIds: [] }, { updatedAt: OLD }),
      feuilleRecord('recente', { annee: 2026, ficheIds: [] }, { updatedAt: RECENT }),
      feuilleRecord('archivee', { annee: 2027, ficheIds: [] }, { archivedAt: RECENT }),
    ]
    expect(selectCurrentFeuilleDeRoute(records)?.record.id).toBe('recente')
  })

  it('ignores a feuille de route not yet indexed for steering', () => {
    const { pilotage: _, ...unindexed } = feuilleRecord('feuille', { annee: 2026, ficheIds: [] })
    expect(selectCurrentFeuilleDeRoute([unindexed])).toBeNull()
  })
})
