import { afterAll, beforeAll } from 'vitest'
import pg from 'pg'
import { migrate } from '../persistence/postgres/migrate.ts'
import { createTestDatabase, type TestDatabase } from '../persistence/postgres/postgresFixtures.ts'
import { describeSearchIndexContract } from './describeSearchIndexContract.ts'
import { PostgresSearchIndex } from './PostgresSearchIndex.ts'

let database: TestDatabase | undefined
let pool: pg.Pool | undefined

beforeAll(async () => {
  database = await createTestDatabase()
  pool = new pg.Pool({ connectionString: database.url, max: 4 })
  await migrate(pool)
})
afterAll(async () => {
  await pool?.end()
  await database?.drop()
})

describeSearchIndexContract('PostgresSearchIndex', async () => {
  if (pool === undefined) throw new Error('the database is created before the tests')
  await pool.query('DELETE FROM search_entries')
  return { index: new PostgresSearchIndex(pool), cleanup: () => Promise.resolve() }
})
