import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyToPostgres } from './copyToPostgres.ts'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { veilleFeed, veilleItem } from './metadataContractVeille.ts'
import { openPostgres, type PostgresDatabase } from './postgres/openPostgres.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { createTestDatabase, type TestDatabase } from './postgres/postgresFixtures.ts'

describe('copyToPostgres and the veille', () => {
  let database: TestDatabase
  let postgres: PostgresDatabase
  let dataDir: string

  beforeAll(async () => {
    database = await createTestDatabase()
    postgres = await openPostgres(database.url, {
      logger: { info: () => undefined, error: () => undefined },
    })
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-veille-'))
  })
  afterAll(async () => {
    await postgres.close()
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('copies the items and the feed addresses, and the copy keeps URLs unique', async () => {
    const source = await LowdbMetadataStore.open(dataDir)
    const published = veilleItem({ status: 'publie', selectedForLettre: true })
    const imported = veilleItem({
      id: 'veille-2',
      url: 'https://www.insee.fr/',
      normalizedUrl: 'https://insee.fr',
      origin: { kind: 'import', feedUrl: 'https://www.insee.fr/flux' },
    })
    await source.veille.createItem(published)
    await source.veille.createItem(imported)
    await source.veille.createFeed(veilleFeed())
    await source.close()

    const report = await copyToPostgres({ dataDir, pool: postgres.pool })

    expect(report.verification.mismatches).toEqual([])
    expect(report.records).toMatchObject({ veilleItems: 2, veilleFeeds: 1 })
    const target = await PostgresMetadataStore.open(postgres.pool)
    expect(await target.veille.listItems()).toEqual([published, imported])
    expect(await target.veille.findItemByNormalizedUrl('https://insee.fr')).toEqual(imported)
    expect(await target.veille.findFeedByHash('veille-hash-1')).toEqual(veilleFeed())
    await expect(
      target.veille.createItem(veilleItem({ id: 'veille-3', normalizedUrl: 'https://insee.fr' })),
    ).rejects.toMatchObject({ code: 'METADATA_CONFLICT' })
    await target.close()
  })
})
