import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseDocumentId } from '@maillage/protocol'
import { CopyErrorCode } from './CopyError.ts'
import { copyToPostgres } from './copyToPostgres.ts'
import { recordEdits } from './describeDocumentStoreContract.ts'
import { documentFingerprint } from './documentFingerprint.ts'
import { formatCopyReport } from './formatCopyReport.ts'
import { LowdbDocumentStore } from './LowdbDocumentStore.ts'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { account, auditEntry, documentRecord, space } from './metadataFixtures.ts'
import { migrate } from './postgres/migrate.ts'
import { openPostgres, type PostgresDatabase } from './postgres/openPostgres.ts'
import { PostgresDocumentStore } from './postgres/PostgresDocumentStore.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { createTestDatabase, type TestDatabase } from './postgres/postgresFixtures.ts'

const diagnostic = parseDocumentId('diagnostic-lens')
const fiche = parseDocumentId('fiche-action-1')

describe('copyToPostgres', () => {
  let database: TestDatabase
  let postgres: PostgresDatabase
  let dataDir: string

  beforeAll(async () => {
    database = await createTestDatabase()
    postgres = await openPostgres(database.url, {
      logger: { info: () => undefined, error: () => undefined },
    })
  })
  afterAll(async () => {
    await postgres.close()
    await database.drop()
  })
  beforeEach(async () => {
    await postgres.pool.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
    await migrate(postgres.pool)
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-'))
  })
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  /** A data directory as the server leaves it: a logged document, a compacted one, metadata. */
  async function seedDataDirectory(): Promise<Y.Doc> {
    const documents = new LowdbDocumentStore(dataDir)
    const doc = new Y.Doc()
    await documents.append(diagnostic, recordEdits(doc, ['Constat', ' partagé']))
    await documents.compact(diagnostic, Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc))
    doc.getText('body').delete(0, 3)
    await documents.append(diagnostic, [Y.encodeStateAsUpdate(doc)])
    await documents.append(fiche, recordEdits(new Y.Doc(), ['Fiche']))
    const metadata = await LowdbMetadataStore.open(dataDir)
    await metadata.createAccount(account())
    await metadata.createSpace(space())
    await metadata.createDocument(documentRecord())
    await metadata.appendAudit(auditEntry())
    await metadata.close()
    return doc
  }

  it('copies every document as one state, every record and the audit trail, and verifies them', async () => {
    const doc = await seedDataDirectory()
    const report = await copyToPostgres({ dataDir, pool: postgres.pool })

    expect(report.verification).toEqual({ documentsCompared: 2, mismatches: [] })
    expect(report.documents).toBe(2)
    expect(report.records).toMatchObject({ accounts: 1, spaces: 1, documents: 1, sessions: 0 })
    expect(report.auditEntries).toBe(1)
    const copied = await new PostgresDocumentStore(postgres.pool).load(diagnostic)
    expect(copied.updates).toHaveLength(1)
    expect(copied.stateVector).not.toBeNull()
    expect(documentFingerprint(copied.updates)).toBe(
      documentFingerprint([Y.encodeStateAsUpdate(doc)]),
    )
    const metadata = await PostgresMetadataStore.open(postgres.pool)
    expect(await metadata.listAudit()).toEqual([auditEntry()])
    await metadata.close()
    expect(formatCopyReport(report)).toContain('Documents copiés : 2\n')
    expect(formatCopyReport(report)).toContain('Vérification OK')
  })

  it('refuses a database that already holds documents, writing nothing', async () => {
    await seedDataDirectory()
    await new PostgresDocumentStore(postgres.pool).append(
      parseDocumentId('already-there'),
      recordEdits(new Y.Doc(), ['x']),
    )
    await expect(copyToPostgres({ dataDir, pool: postgres.pool })).rejects.toMatchObject({
      code: CopyErrorCode.TargetNotEmpty,
    })
    const metadata = await PostgresMetadataStore.open(postgres.pool)
    expect(await metadata.listAccounts()).toEqual([])
    await metadata.close()
  })

  it('refuses a database that already holds metadata, writing no document', async () => {
    await seedDataDirectory()
    const metadata = await PostgresMetadataStore.open(postgres.pool)
    await metadata.createSpace(space())
    await metadata.close()
    await expect(copyToPostgres({ dataDir, pool: postgres.pool })).rejects.toMatchObject({
      code: CopyErrorCode.TargetNotEmpty,
    })
    expect(await new PostgresDocumentStore(postgres.pool).list()).toEqual([])
  })

  it('refuses a directory without a metadata file', async () => {
    await expect(
      copyToPostgres({ dataDir: join(dataDir, 'nowhere'), pool: postgres.pool }),
    ).rejects.toMatchObject({ code: CopyErrorCode.SourceMissing })
  })
})
