import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyToPostgres } from './copyToPostgres.ts'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { clpeMandate, copilInstance } from './metadataContractInstances.ts'
import { openPostgres, type PostgresDatabase } from './postgres/openPostgres.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { createTestDatabase, type TestDatabase } from './postgres/postgresFixtures.ts'

describe('copyToPostgres and the governance’s instances', () => {
  let database: TestDatabase
  let postgres: PostgresDatabase
  let dataDir: string

  beforeAll(async () => {
    database = await createTestDatabase()
    postgres = await openPostgres(database.url, {
      logger: { info: () => undefined, error: () => undefined },
    })
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-instances-'))
  })
  afterAll(async () => {
    await postgres.close()
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('copies the instances and the mandates, past ones included', async () => {
    const source = await LowdbMetadataStore.open(dataDir)
    const ended = clpeMandate({ id: 'mandate-2', endsOn: '2026-06-30', clpeProfile: 'rural' })
    await source.instances.createInstance(copilInstance())
    await source.instances.createMandate(clpeMandate())
    await source.instances.createMandate(ended)
    await source.close()

    const report = await copyToPostgres({ dataDir, pool: postgres.pool })

    expect(report.verification.mismatches).toEqual([])
    expect(report.records).toMatchObject({ instances: 1, instanceMandates: 2 })
    const target = await PostgresMetadataStore.open(postgres.pool)
    expect(await target.instances.listInstances()).toEqual([copilInstance()])
    expect(await target.instances.listMandates('copil')).toEqual([clpeMandate(), ended])
    await target.close()
  })
})
