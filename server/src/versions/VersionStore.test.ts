import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { openPostgres, type PostgresDatabase } from '../persistence/postgres/openPostgres.ts'
import { createTestDatabase, type TestDatabase } from '../persistence/postgres/postgresFixtures.ts'
import { StoreErrorCode } from '../persistence/StoreError.ts'
import { describeVersionStoreContract, versionRecordOf } from './describeVersionStoreContract.ts'
import { FileVersionStore } from './FileVersionStore.ts'
import { MemoryVersionStore } from './MemoryVersionStore.ts'
import { PostgresVersionStore } from './PostgresVersionStore.ts'

let dataDir: string
let database: TestDatabase
let postgres: PostgresDatabase

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'maillage-versions-'))
  database = await createTestDatabase()
  postgres = await openPostgres(database.url, {
    logger: { info: () => undefined, error: () => undefined },
  })
})
afterAll(async () => {
  await postgres.close()
  await database.drop()
  await rm(dataDir, { recursive: true, force: true })
})

const memory = new MemoryVersionStore()
describeVersionStoreContract('MemoryVersionStore', () => Promise.resolve(memory))
describeVersionStoreContract('FileVersionStore', () =>
  Promise.resolve(new FileVersionStore(dataDir)),
)
describeVersionStoreContract('PostgresVersionStore', () =>
  Promise.resolve(new PostgresVersionStore(postgres.pool)),
)

describe('FileVersionStore', () => {
  it('keeps versions across a restart of the store', async () => {
    const documentId = parseDocumentId('restart-avis')
    const record = versionRecordOf(documentId, '2026-12-01T10:00:00.000Z')
    await new FileVersionStore(dataDir).add(record, new Uint8Array([7, 7]))
    const reopened = new FileVersionStore(dataDir)
    expect(await reopened.list(documentId)).toEqual([record])
    expect(await reopened.loadState(documentId, record.id)).toEqual(new Uint8Array([7, 7]))
  })

  it('rejects a corrupt index rather than answering an empty history', async () => {
    const documentId = parseDocumentId('corrupt-avis')
    const store = new FileVersionStore(dataDir)
    await store.add(versionRecordOf(documentId, '2026-12-01T10:00:00.000Z'), new Uint8Array([1]))
    await writeFile(join(dataDir, 'versions', documentId, 'index.json'), '[{"id":"nope"}]')
    await expect(store.list(documentId)).rejects.toMatchObject({ code: StoreErrorCode.Corrupted })
  })
})
