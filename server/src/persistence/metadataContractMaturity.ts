import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT, lille, roubaix } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { MaturityAssessment } from './records/MaturityAssessment.ts'
import type { MaturityCampaign } from './records/MaturityCampaign.ts'

/** A campaign of the démarche de progression, open in March 2025. */
export const maturityCampaign = (overrides: Partial<MaturityCampaign> = {}): MaturityCampaign => ({
  id: 'campaign-1',
  title: 'Démarche de progression 2025',
  opensAt: '2025-03-01',
  closesAt: '2025-03-31',
  createdBy: 'account-claire',
  createdAt: AT,
  ...overrides,
})

/** The self-assessment of the CLPE de Lille in `maturityCampaign`, not submitted. */
export const maturityAssessment = (
  overrides: Partial<MaturityAssessment> = {},
): MaturityAssessment => ({
  id: 'campaign-1.clpe-lille',
  campaignId: 'campaign-1',
  spaceId: lille,
  documentId: 'auto-evaluation-1',
  createdAt: AT,
  ...overrides,
})

const submitted: Partial<MaturityAssessment> = {
  submittedAt: AT,
  submittedBy: 'account-claire',
  answers: { 'dynamique-1': 3, 'socle-1': 2 },
  profile: {
    themes: [
      { themeId: 'dynamique', label: 'Dynamique', average: 3, level: 3, answered: 1, total: 1 },
      {
        themeId: 'socle',
        label: 'Socle commun',
        average: null,
        level: null,
        answered: 0,
        total: 1,
      },
    ],
    level: null,
    complete: false,
  },
}

/** The contract of the démarche de progression's records (`MaturityRecords`). */
export function describeMaturityRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('maturity', () => {
    it('keeps campaigns oldest first, updates them and refuses a taken id', async () => {
      await store().maturity.createCampaign(maturityCampaign({ id: 'campaign-2' }))
      await store().maturity.createCampaign(maturityCampaign())
      await expect(store().maturity.createCampaign(maturityCampaign())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      expect((await store().maturity.listCampaigns()).map((found) => found.id)).toEqual([
        'campaign-2',
        'campaign-1',
      ])
      const closed = await store().maturity.updateCampaign('campaign-1', { closedAt: AT })
      expect(closed).toEqual(maturityCampaign({ closedAt: AT }))
      expect(await store().maturity.findCampaign('campaign-1')).toEqual(closed)
      expect(await store().maturity.findCampaign('campaign-9')).toBeNull()
      expect(await store().maturity.updateCampaign('campaign-9', { closedAt: AT })).toBeNull()
    })

    it('keeps assessments by campaign and by space, with their submission', async () => {
      await store().maturity.createAssessment(maturityAssessment())
      const ofRoubaix = maturityAssessment({ id: 'campaign-1.clpe-roubaix', spaceId: roubaix })
      await store().maturity.createAssessment(ofRoubaix)
      const later = maturityAssessment({ id: 'campaign-2.clpe-lille', campaignId: 'campaign-2' })
      await store().maturity.createAssessment(later)
      await expect(store().maturity.createAssessment(maturityAssessment())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      expect(await store().maturity.listAssessmentsOfCampaign('campaign-1')).toEqual([
        maturityAssessment(),
        ofRoubaix,
      ])
      expect(await store().maturity.listAssessmentsOfSpace(lille)).toEqual([
        maturityAssessment(),
        later,
      ])
      const updated = await store().maturity.updateAssessment('campaign-1.clpe-lille', submitted)
      expect(updated).toEqual(maturityAssessment(submitted))
      expect(await store().maturity.findAssessment('campaign-1.clpe-lille')).toEqual(updated)
      expect(await store().maturity.findAssessment('campaign-9.clpe-lille')).toBeNull()
      expect(await store().maturity.updateAssessment('campaign-9.x', submitted)).toBeNull()
    })

    it('rejects invalid campaigns and assessments with METADATA_INVALID and stores nothing', async () => {
      await expectRejections(
        [
          store().maturity.createCampaign(maturityCampaign({ title: '' })),
          store().maturity.createCampaign(maturityCampaign({ id: 'c-2', opensAt: '1er mars' })),
          store().maturity.createAssessment(maturityAssessment({ createdAt: 'hier' })),
          store().maturity.createAssessment(
            maturityAssessment({ id: 'a-2', answers: { q1: 5 as 4 } }),
          ),
        ],
        MetadataErrorCode.Invalid,
      )
      const { data } = await store().exportSnapshot()
      expect(data).toMatchObject({ maturityCampaigns: [], maturityAssessments: [] })
    })

    it('returns copies: mutating an assessment read changes nothing stored', async () => {
      await store().maturity.createAssessment(maturityAssessment(submitted))
      const [found] = await store().maturity.listAssessmentsOfSpace(lille)
      if (found?.answers !== undefined) found.answers['socle-1'] = 4
      expect(await store().maturity.findAssessment('campaign-1.clpe-lille')).toEqual(
        maturityAssessment(submitted),
      )
    })

    it('takes part in transactions: a failed one leaves no campaign', async () => {
      await expect(
        store().transaction(async (tx) => {
          await tx.maturity.createCampaign(maturityCampaign())
          expect(await tx.maturity.findCampaign('campaign-1')).not.toBeNull()
          throw new Error('annulé')
        }),
      ).rejects.toThrow('annulé')
      expect(await store().maturity.listCampaigns()).toEqual([])
    })
  })
}
