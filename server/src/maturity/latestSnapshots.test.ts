import { describe, expect, it } from 'vitest'
import { parseSpaceId } from '@maillage/schema'
import type { MaturityAssessment } from '../persistence/records/MaturityAssessment.ts'
import type { MaturityCampaign } from '../persistence/records/MaturityCampaign.ts'
import { latestSnapshots } from './latestSnapshots.ts'

const lille = parseSpaceId('clpe-59004')
const lens = parseSpaceId('clpe-62005')
const profile = (level: 1 | 2 | 3 | 4) => ({ themes: [], level, complete: true })
const campaign = (id: string, title: string): MaturityCampaign => ({
  id,
  title,
  opensAt: '2025-09-15',
  closesAt: '2025-11-28',
  createdBy: 'a',
  createdAt: '2025-09-01T10:00:00.000Z',
})
const assessment = (
  campaignId: string,
  spaceId: typeof lille,
  submitted?: { at: string; level: 1 | 2 | 3 | 4 },
): MaturityAssessment => ({
  id: `${campaignId}.${spaceId}`,
  campaignId,
  spaceId,
  documentId: `doc-${campaignId}-${spaceId}`,
  createdAt: '2025-09-20T10:00:00.000Z',
  ...(submitted === undefined
    ? {}
    : {
        submittedAt: submitted.at,
        submittedBy: 'x',
        answers: {},
        profile: profile(submitted.level),
      }),
})

describe('latestSnapshots', () => {
  it('keeps the last submitted self-assessment of each CLPE, and none for the others', () => {
    const campaigns = [campaign('c2025', '2025'), campaign('c2026', '2026')]
    const snapshots = latestSnapshots(campaigns, [
      assessment('c2026', lille, { at: '2026-05-02T10:00:00.000Z', level: 3 }),
      assessment('c2025', lille, { at: '2025-11-02T10:00:00.000Z', level: 2 }),
      assessment('c2025', lens, { at: '2025-11-20T10:00:00.000Z', level: 1 }),
      assessment('c2026', lens),
    ])
    expect(snapshots.get(lille)).toEqual({
      campaignId: 'c2026',
      campaignTitle: '2026',
      submittedAt: '2026-05-02T10:00:00.000Z',
      profile: profile(3),
    })
    expect(snapshots.get(lens)?.campaignId).toBe('c2025')
    expect(latestSnapshots(campaigns, [assessment('c2026', lens)]).size).toBe(0)
  })
})
