import { parseSpaceId } from '@maillage/schema'
import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { InstanceMember } from './records/InstanceMember.ts'
import type { InstanceRecord } from './records/InstanceRecord.ts'

/** The comité de pilotage, in its space. */
export const copilInstance = (overrides: Partial<InstanceRecord> = {}): InstanceRecord => ({
  id: 'copil',
  kind: 'comite-pilotage',
  name: 'Comité de pilotage',
  spaceId: parseSpaceId('comite-de-pilotage'),
  quorum: 8,
  createdAt: AT,
  ...overrides,
})

/** A CLPE seat of the comité de pilotage, held since 2025. */
export const clpeMandate = (overrides: Partial<InstanceMember> = {}): InstanceMember => ({
  id: 'mandate-1',
  instanceId: 'copil',
  name: 'Nadia Benali',
  accountId: 'account-nadia',
  college: 'clpe',
  body: 'CLPE Lille Métropole',
  clpeSpaceId: parseSpaceId('clpe-59004'),
  clpeProfile: 'urbain',
  startsOn: '2025-01-01',
  ...overrides,
})

/** The contract of the governance instances' records (`InstanceRecords`). */
export function describeInstanceRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('instances', () => {
    it('keeps instances oldest first, finds and updates them', async () => {
      const pleniere = copilInstance({
        id: 'clpe-59004-pleniere',
        kind: 'pleniere-clpe',
        name: 'Plénière du CLPE Lille Métropole',
        spaceId: parseSpaceId('clpe-59004'),
        quorum: 10,
      })
      await store().instances.createInstance(copilInstance())
      await store().instances.createInstance(pleniere)
      expect(await store().instances.listInstances()).toEqual([copilInstance(), pleniere])
      expect(await store().instances.findInstance('clpe-59004-pleniere')).toEqual(pleniere)
      expect(await store().instances.findInstance('absente')).toBeNull()
      expect(
        await store().instances.updateInstance('clpe-59004-pleniere', { clpeProfile: 'urbain' }),
      ).toEqual({ ...pleniere, clpeProfile: 'urbain' })
      expect(await store().instances.updateInstance('absente', { quorum: 2 })).toBeNull()
      expect(await store().instances.findInstance('clpe-59004-pleniere')).toEqual({
        ...pleniere,
        clpeProfile: 'urbain',
      })
    })

    it('refuses an instance whose id is taken, or that is invalid', async () => {
      await store().instances.createInstance(copilInstance())
      await expectRejections(
        [store().instances.createInstance(copilInstance({ name: 'Autre' }))],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().instances.createInstance(copilInstance({ id: 'zero', quorum: 0 })),
          store().instances.updateInstance('copil', { name: '' }),
        ],
        MetadataErrorCode.Invalid,
      )
      expect(await store().instances.listInstances()).toEqual([copilInstance()])
    })

    it('keeps the mandates of each instance apart, oldest first, and ends one', async () => {
      const second = clpeMandate({
        id: 'mandate-2',
        name: 'Julien Lefebvre',
        body: 'CLPE Lens-Liévin',
        clpeSpaceId: parseSpaceId('clpe-62005'),
      })
      const elsewhere = clpeMandate({ id: 'mandate-3', instanceId: 'bureau-core' })
      await store().instances.createMandate(clpeMandate())
      await store().instances.createMandate(elsewhere)
      await store().instances.createMandate(second)
      expect(await store().instances.listMandates('copil')).toEqual([clpeMandate(), second])
      expect(await store().instances.findMandate('mandate-3')).toEqual(elsewhere)
      expect(await store().instances.updateMandate('mandate-1', { endsOn: '2026-06-30' })).toEqual(
        clpeMandate({ endsOn: '2026-06-30' }),
      )
      expect(await store().instances.updateMandate('absent', { endsOn: '2026-06-30' })).toBeNull()
      expect(await store().instances.findMandate('mandate-1')).toEqual(
        clpeMandate({ endsOn: '2026-06-30' }),
      )
    })

    it('refuses a mandate whose id is taken or that ends before it starts', async () => {
      await store().instances.createMandate(clpeMandate())
      await expectRejections(
        [store().instances.createMandate(clpeMandate({ name: 'Autre' }))],
        MetadataErrorCode.Conflict,
      )
      await expectRejections(
        [
          store().instances.createMandate(clpeMandate({ id: 'm-2', endsOn: '2024-12-31' })),
          store().instances.updateMandate('mandate-1', { endsOn: '2024-12-31' }),
        ],
        MetadataErrorCode.Invalid,
      )
      expect(await store().instances.listMandates('copil')).toEqual([clpeMandate()])
    })
  })
}
