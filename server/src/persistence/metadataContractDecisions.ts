import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { DecisionRecord } from './records/Decision.ts'
import type { GovernanceMilestone } from './records/GovernanceMilestone.ts'

/** A decision of the comité de pilotage validating a tool, recorded by the workflow. */
export const decisionRecord = (overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: 'decision-1',
  instanceId: 'copil',
  decidedOn: '2027-03-17',
  text: 'Création de l’outil « Kit d’accueil des entreprises » validée',
  subject: { kind: 'outil', id: 'proposal-1', label: 'Kit d’accueil des entreprises' },
  source: { kind: 'validation-outil', proposalId: 'proposal-1' },
  status: 'a-faire',
  createdAt: AT,
  createdBy: 'account-claire',
  followUps: [],
  ...overrides,
})

/** The validation of the cahier des charges, a milestone of the calendar. */
export const governanceMilestone = (
  overrides: Partial<GovernanceMilestone> = {},
): GovernanceMilestone => ({
  id: 'cahier-des-charges',
  title: 'Validation du cahier des charges',
  date: '2027-03-17',
  instanceId: 'copil',
  description: '',
  createdAt: AT,
  ...overrides,
})

/** The contract of the register of decisions (`DecisionRecords`). */
export function describeDecisionRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('decisions', () => {
    it('keeps decisions oldest first, finds them and changes one atomically', async () => {
      const second = decisionRecord({
        id: 'decision-2',
        instanceId: 'clpe-59004-bureau',
        source: { kind: 'saisie' },
        owner: { name: 'Karim Benali' },
        dueOn: '2027-06-30',
      })
      await store().decisions.createDecision(decisionRecord())
      await store().decisions.createDecision(second)
      expect(await store().decisions.listDecisions()).toEqual([decisionRecord(), second])
      expect(await store().decisions.findDecision('decision-2')).toEqual(second)
      expect(await store().decisions.findDecision('decision-9')).toBeNull()

      const followUp = { at: AT, byId: 'a', byName: 'Claire', status: 'fait' as const }
      const changed = await store().decisions.changeDecision('decision-2', (current) => ({
        status: 'fait',
        followUps: [...current.followUps, followUp],
      }))
      expect(changed).toEqual({ ...second, status: 'fait', followUps: [followUp] })
      expect(await store().decisions.changeDecision('decision-9', () => ({}))).toBeNull()
      await expect(
        store().decisions.changeDecision('decision-1', () => {
          throw new Error('refused')
        }),
      ).rejects.toThrow('refused')
      expect(await store().decisions.findDecision('decision-1')).toEqual(decisionRecord())
    })

    it('refuses a decision whose id is taken, or that is invalid', async () => {
      await store().decisions.createDecision(decisionRecord())
      await expectRejections(
        [store().decisions.createDecision(decisionRecord({ text: 'Autre' }))],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().decisions.createDecision(decisionRecord({ id: 'd-2', text: 'x'.repeat(4001) })),
          store().decisions.createDecision(decisionRecord({ id: 'd-3', decidedOn: '17/03/2027' })),
          store().decisions.createDecision(decisionRecord({ id: 'd-4', text: '  ' })),
        ],
        MetadataErrorCode.Invalid,
      )
      expect(await store().decisions.listDecisions()).toEqual([decisionRecord()])
    })

    it('keeps milestones, refuses a taken id and an end before the start', async () => {
      const june = governanceMilestone({ id: 'presentation-clpe', date: '2027-06-02' })
      await store().decisions.createMilestone(governanceMilestone())
      await store().decisions.createMilestone(june)
      expect(await store().decisions.listMilestones()).toEqual([governanceMilestone(), june])
      expect(await store().decisions.findMilestone('presentation-clpe')).toEqual(june)
      expect(await store().decisions.findMilestone('nope')).toBeNull()
      await expectRejections(
        [store().decisions.createMilestone(governanceMilestone())],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().decisions.createMilestone(
            governanceMilestone({ id: 'm', endDate: '2027-01-01' }),
          ),
        ],
        MetadataErrorCode.Invalid,
      )
    })
  })
}
