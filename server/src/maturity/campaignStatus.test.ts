import { describe, expect, it } from 'vitest'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import { campaignStatus } from './campaignStatus.ts'
import { addDays, parisDay } from './parisDay.ts'

const campaign: MaturityCampaign = {
  id: 'c',
  title: 'Démarche de progression 2026',
  opensAt: '2026-03-02',
  closesAt: '2026-03-31',
  createdBy: 'a',
  createdAt: '2026-02-01T10:00:00.000Z',
}

describe('campaignStatus', () => {
  it('counts the days in Europe/Paris, first and last included', () => {
    // 1 March 23:30 UTC is already 2 March in Paris (UTC+1 in winter).
    expect(campaignStatus(campaign, Date.parse('2026-03-01T22:30:00Z'))).toBe('a-venir')
    expect(campaignStatus(campaign, Date.parse('2026-03-01T23:30:00Z'))).toBe('ouverte')
    // 31 March 21:30 UTC is 23:30 in Paris (UTC+2 in summer): still the last day.
    expect(campaignStatus(campaign, Date.parse('2026-03-31T21:30:00Z'))).toBe('ouverte')
    expect(campaignStatus(campaign, Date.parse('2026-03-31T22:30:00Z'))).toBe('close')
  })

  it('is close once the regional team closed it, whatever the days', () => {
    const closed = { ...campaign, closedAt: '2026-03-10T09:00:00.000Z' }
    expect(campaignStatus(closed, Date.parse('2026-03-10T10:00:00Z'))).toBe('close')
  })
})

describe('parisDay and addDays', () => {
  it('give calendar days across the change of time', () => {
    expect(parisDay(Date.parse('2026-10-24T22:30:00Z'))).toBe('2026-10-25')
    expect(addDays('2026-10-24', 1)).toBe('2026-10-25')
    expect(addDays('2026-12-31', 60)).toBe('2027-03-01')
  })
})
