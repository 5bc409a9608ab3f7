import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeDocumentStoreContract } from './describeDocumentStoreContract.ts'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'

describeDocumentStoreContract('LowdbDocumentStore', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'maillage-lowdb-contract-'))
  const store = new LowdbDocumentStore(dataDir)
  return {
    store,
    close: async () => {
      await store.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
})
