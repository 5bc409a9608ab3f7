import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { MetadataTestDirectory } from './metadataFixtures.ts'
import { describeMetadataStoreContract } from './metadataStoreContract.ts'

describeMetadataStoreContract('LowdbMetadataStore on files', async () => {
  const directory = await MetadataTestDirectory.create()
  return { store: await directory.open(), cleanup: () => directory.remove() }
})

describeMetadataStoreContract('LowdbMetadataStore in memory', () => {
  const store = LowdbMetadataStore.inMemory()
  return Promise.resolve({ store, cleanup: () => store.close() })
})
