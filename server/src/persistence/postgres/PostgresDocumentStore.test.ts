import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import {
  contentOf,
  describeDocumentStoreContract,
  recordEdits,
} from '../describeDocumentStoreContract.ts'
import { StoreErrorCode } from '../StoreError.ts'
import { openPostgres, type PostgresDatabase, type PostgresLogger } from './openPostgres.ts'
import { PostgresDocumentStore } from './PostgresDocumentStore.ts'
import { createTestDatabase, type TestDatabase } from './postgresFixtures.ts'

const silent: PostgresLogger = { info: () => undefined, error: () => undefined }
const diagnostic = parseDocumentId('diagnostic-lens')

let database: TestDatabase
/** Three pools on the same database, as three server processes would have. */
let processes: PostgresDatabase[]

beforeAll(async () => {
  database = await createTestDatabase()
  processes = []
  for (let index = 0; index < 3; index += 1) {
    processes.push(await openPostgres(database.url, { logger: silent }))
  }
})
afterAll(async () => {
  await Promise.all(processes.map((process) => process.close()))
  await database.drop()
})

function poolOf(index: number): PostgresDatabase['pool'] {
  const process = processes[index]
  if (process === undefined) throw new Error(`no process ${index}`)
  return process.pool
}

async function emptyTables(): Promise<void> {
  await poolOf(0).query('TRUNCATE document_updates, document_snapshots')
}

describeDocumentStoreContract('PostgresDocumentStore', async () => {
  await emptyTables()
  const store = new PostgresDocumentStore(poolOf(0))
  return { store, close: () => store.close() }
})

describe('PostgresDocumentStore across processes', () => {
  let a: PostgresDocumentStore
  let b: PostgresDocumentStore

  beforeEach(async () => {
    await emptyTables()
    a = new PostgresDocumentStore(poolOf(0))
    b = new PostgresDocumentStore(poolOf(1))
  })

  it('keeps an update another process appended when compacting without it', async () => {
    // Both processes start from the same stored document, then each receives its own edit.
    const origin = new Y.Doc()
    await a.append(diagnostic, recordEdits(origin, ['Constat']))
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    for (const update of (await a.load(diagnostic)).updates) {
      Y.applyUpdate(docA, update)
      Y.applyUpdate(docB, update)
    }
    await a.append(diagnostic, recordEdits(docA, [' de A']))
    await b.append(diagnostic, recordEdits(docB, [' de B']))

    // A never saw B's edit, and compacts.
    await a.compact(diagnostic, Y.encodeStateAsUpdate(docA), Y.encodeStateVector(docA))

    const loaded = await b.load(diagnostic)
    const body = contentOf(loaded.updates).body
    expect(body).toContain(' de A')
    expect(body).toContain(' de B')
    // Everything is in the snapshot now, whose state vector covers both edits.
    expect(loaded.updates).toHaveLength(1)
    expect(Y.decodeStateVector(loaded.stateVector ?? new Uint8Array()).size).toBe(3)
  })

  it('keeps what another process compacted when compacting without it', async () => {
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    await a.append(diagnostic, recordEdits(docA, ['Axe A']))
    await b.append(diagnostic, recordEdits(docB, ['Axe B']))
    await b.compact(diagnostic, Y.encodeStateAsUpdate(docB), Y.encodeStateVector(docB))
    await a.compact(diagnostic, Y.encodeStateAsUpdate(docA), Y.encodeStateVector(docA))

    const body = contentOf((await a.load(diagnostic)).updates).body
    expect(body).toContain('Axe A')
    expect(body).toContain('Axe B')
  })

  it('keeps both states when two processes compact the same document at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = parseDocumentId(`simultaneous-${round}`)
      const docA = new Y.Doc()
      const docB = new Y.Doc()
      recordEdits(docA, ['de A'])
      recordEdits(docB, ['de B'])
      await Promise.all([
        a.compact(id, Y.encodeStateAsUpdate(docA), Y.encodeStateVector(docA)),
        b.compact(id, Y.encodeStateAsUpdate(docB), Y.encodeStateVector(docB)),
      ])
      const body = contentOf((await a.load(id)).updates).body
      expect(body).toContain('de A')
      expect(body).toContain('de B')
    }
  })

  it('loses no edit when three processes append and compact the same document at once', async () => {
    const stores = [a, b, new PostgresDocumentStore(poolOf(2))]
    const everything = new Y.Doc()
    await Promise.all(
      stores.map(async (store, index) => {
        const doc = new Y.Doc()
        for (let round = 0; round < 8; round += 1) {
          const updates = recordEdits(doc, [`[${index}:${round}]`])
          for (const update of updates) Y.applyUpdate(everything, update)
          await store.append(diagnostic, updates)
          if (round % 3 === index) {
            await store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
          }
        }
      }),
    )
    const loaded = contentOf((await a.load(diagnostic)).updates)
    expect(loaded.body).toHaveLength(everything.getText('body').length)
    expect(loaded).toEqual(contentOf([Y.encodeStateAsUpdate(everything)]))
  })
})

describe('PostgresDocumentStore with corrupt rows', () => {
  let store: PostgresDocumentStore

  beforeEach(async () => {
    await emptyTables()
    store = new PostgresDocumentStore(poolOf(0))
  })

  it('rejects the load of a logged update that does not decode, and leaves the rows', async () => {
    const doc = new Y.Doc()
    await store.append(diagnostic, recordEdits(doc, ['Constat']))
    await poolOf(0).query(`INSERT INTO document_updates (document_id, update) VALUES ($1, $2)`, [
      diagnostic,
      Buffer.from([255, 255, 255, 255]),
    ])
    await expect(store.load(diagnostic)).rejects.toMatchObject({
      code: StoreErrorCode.Corrupted,
      documentId: diagnostic,
    })
    await expect(
      store.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc)),
    ).rejects.toMatchObject({ code: StoreErrorCode.Corrupted })
    const rows = await poolOf(0).query('SELECT seq FROM document_updates')
    expect(rows.rowCount).toBe(2)
    const snapshots = await poolOf(0).query('SELECT 1 FROM document_snapshots')
    expect(snapshots.rowCount).toBe(0)
  })

  it('rejects the load of a snapshot that does not decode', async () => {
    await poolOf(0).query(
      `INSERT INTO document_snapshots (document_id, state, state_vector) VALUES ($1, $2, $3)`,
      [diagnostic, Buffer.from([1, 2, 3]), Buffer.from([0])],
    )
    await expect(store.load(diagnostic)).rejects.toMatchObject({
      code: StoreErrorCode.Corrupted,
      message: expect.stringContaining('snapshot') as unknown,
    })
  })
})
