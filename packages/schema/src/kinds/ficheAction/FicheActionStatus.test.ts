import { describe, expect, it } from 'vitest'
import { STALE_AFTER_DAYS, isBilanExpected, isStale } from './FicheActionStatus.ts'

describe('isBilanExpected', () => {
  it('expects a bilan once the fiche is terminée or abandonnée', () => {
    const expected = ['', 'en-attente-de-validation', 'en-cours', 'terminee', 'abandonnee'].map(
      (statut) => isBilanExpected({ statut }),
    )
    expect(expected).toEqual([false, false, false, true, true])
  })
})

describe('isStale', () => {
  const updatedAt = '2025-03-01T10:00:00.000Z'
  const day = 86_400_000

  it('is stale after 30 days without update', () => {
    expect(STALE_AFTER_DAYS).toBe(30)
    expect(isStale(updatedAt, Date.parse(updatedAt) + 30 * day)).toBe(false)
    expect(isStale(updatedAt, Date.parse(updatedAt) + 30 * day + 1)).toBe(true)
  })

  it('treats an unreadable date as stale', () => {
    expect(isStale('jamais', Date.parse(updatedAt))).toBe(true)
  })
})
