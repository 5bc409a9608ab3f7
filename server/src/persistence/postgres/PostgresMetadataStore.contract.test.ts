import { afterAll, beforeAll } from 'vitest'
import { describeMetadataStoreContract } from '../metadataStoreContract.ts'
import {
  createMetadataTestDatabase,
  type MetadataTestDatabase,
} from './postgresMetadataFixtures.ts'
import { PostgresMetadataStore } from './PostgresMetadataStore.ts'

let database: MetadataTestDatabase | undefined

beforeAll(async () => {
  database = await createMetadataTestDatabase()
})
afterAll(async () => {
  await database?.drop()
})

describeMetadataStoreContract('PostgresMetadataStore', async () => {
  if (database === undefined) throw new Error('the database is created before the tests')
  await database.empty()
  const store = await PostgresMetadataStore.open(database.pool)
  return { store, cleanup: () => store.close() }
})
