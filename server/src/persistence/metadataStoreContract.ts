import { afterEach, beforeEach, describe } from 'vitest'
import { describeCoreRecordsContract } from './metadataContractCore.ts'
import { describeFeatureRecordsContract } from './metadataContractFeatures.ts'
import { describeMailRecordsContract } from './metadataContractMail.ts'
import { describeMaturityRecordsContract } from './metadataContractMaturity.ts'
import { describeMeetingRecordsContract } from './metadataContractMeetings.ts'
import { describeTransactionsContract } from './metadataContractTransactions.ts'
import { describeVeilleRecordsContract } from './metadataContractVeille.ts'
import { describeDecisionRecordsContract } from './metadataContractDecisions.ts'
import { describeAtelierWallRecordsContract } from './metadataContractAtelierWall.ts'
import { describeAtelierPollRecordsContract } from './metadataContractAtelierPolls.ts'
import { describeProgrammeRecordsContract } from './metadataContractProgramme.ts'
import { describeInstanceRecordsContract } from './metadataContractInstances.ts'
import type { MetadataStore } from './MetadataStore.ts'

/** An empty store opened for one test, and what frees it afterwards. */
export interface OpenedMetadataStore {
  readonly store: MetadataStore
  cleanup(): Promise<void>
}

/** Gives each test of the contract the empty store `open` made for it. */
export interface MetadataContractContext {
  readonly store: () => MetadataStore
}

/**
 * Declares the contract of {@link MetadataStore} and its sub-records, as vitest suites, against
 * the adapter `open` makes: an empty store per test, freed by `cleanup` (which may find it
 * closed). Every adapter runs the same suites, so that one drifting from the others fails them.
 */
export function describeMetadataStoreContract(
  name: string,
  open: () => Promise<OpenedMetadataStore>,
): void {
  describe(`${name} honours the MetadataStore contract`, () => {
    let opened: OpenedMetadataStore | undefined
    beforeEach(async () => {
      opened = await open()
    })
    afterEach(async () => {
      await opened?.cleanup()
      opened = undefined
    })
    const context: MetadataContractContext = {
      store: () => {
        if (opened === undefined) throw new Error('the store is opened before each test')
        return opened.store
      },
    }
    describeCoreRecordsContract(context)
    describeFeatureRecordsContract(context)
    describeMaturityRecordsContract(context)
    describeMailRecordsContract(context)
    describeVeilleRecordsContract(context)
    describeDecisionRecordsContract(context)
    describeMeetingRecordsContract(context)
    describeAtelierWallRecordsContract(context)
    describeAtelierPollRecordsContract(context)
    describeProgrammeRecordsContract(context)
    describeInstanceRecordsContract(context)
    describeTransactionsContract(context)
  })
}
