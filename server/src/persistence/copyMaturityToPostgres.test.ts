import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyToPostgres } from './copyToPostgres.ts'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { maturityAssessment, maturityCampaign } from './metadataContractMaturity.ts'
import { space } from './metadataFixtures.ts'
import { openPostgres, type PostgresDatabase } from './postgres/openPostgres.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { createTestDatabase, type TestDatabase } from './postgres/postgresFixtures.ts'

describe('copyToPostgres and the démarche de progression', () => {
  let database: TestDatabase
  let postgres: PostgresDatabase
  let dataDir: string

  beforeAll(async () => {
    database = await createTestDatabase()
    postgres = await openPostgres(database.url, {
      logger: { info: () => undefined, error: () => undefined },
    })
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-maturity-'))
  })
  afterAll(async () => {
    await postgres.close()
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('copies campaigns and self-assessments with their submission, and verifies them', async () => {
    const source = await LowdbMetadataStore.open(dataDir)
    await source.createSpace(space())
    const closed = maturityCampaign({ closedAt: '2025-03-20T10:00:00.000Z' })
    const submitted = maturityAssessment({
      submittedAt: '2025-03-10T10:00:00.000Z',
      submittedBy: 'account-claire',
      answers: { 'dynamique-1': 2 },
      profile: { themes: [], level: null, complete: false },
    })
    await source.maturity.createCampaign(closed)
    await source.maturity.createAssessment(submitted)
    await source.close()

    const report = await copyToPostgres({ dataDir, pool: postgres.pool })

    expect(report.verification.mismatches).toEqual([])
    expect(report.records).toMatchObject({ maturityCampaigns: 1, maturityAssessments: 1 })
    const target = await PostgresMetadataStore.open(postgres.pool)
    expect(await target.maturity.listCampaigns()).toEqual([closed])
    expect(await target.maturity.listAssessmentsOfSpace(submitted.spaceId)).toEqual([submitted])
    await target.close()
  })
})
