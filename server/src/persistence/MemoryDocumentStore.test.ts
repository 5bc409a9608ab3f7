import { describeDocumentStoreContract } from './describeDocumentStoreContract.ts'
import { MemoryDocumentStore } from './MemoryDocumentStore.ts'

describeDocumentStoreContract('MemoryDocumentStore', () => {
  const store = new MemoryDocumentStore()
  return Promise.resolve({ store, close: () => store.close() })
})
