import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { InstanceListView } from '@maillage/protocol'
import { clpeSpaceId, seedSpaces, SpaceKind } from '@maillage/schema'
import { createTestDatabase, type StoreConfig } from '@maillage/server'
import { hashPassword } from '../../server/src/auth/passwords.ts'
import { account, AT, metadataFileWith } from '../../server/src/persistence/metadataFixtures.ts'
import { METADATA_FILE_NAME } from '../../server/src/persistence/openLowdbMetadata.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// A data directory written before the governance existed (metadata version 7, migrated to 8 at
// start) gets the regional instances and each CLPE's plénière and bureau at its first start, with
// the CLPE's profiles and without demo members; a second start adds nothing. A PostgreSQL
// database without instances gets them too, with their demo members when the demo data is on.

const PASSWORD = 'mot-de-passe-de-claire'

describe('the instances of a data directory written before the governance', () => {
  const opened: TestServer[] = []
  let dataDir: string | undefined

  afterEach(async () => {
    for (const server of opened.splice(0)) await server.close()
    if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true })
  })

  async function start(
    store: StoreConfig,
    options: { auth?: 'none' | 'session'; demoData?: boolean } = {},
  ): Promise<TestServer> {
    const server = await startServer({ store, auth: 'session', ...options })
    opened.push(server)
    return server
  }

  it('are created at the first start after the upgrade, once', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-instances-upgrade-'))
    const spaces = seedSpaces().map((space) => ({ ...space, createdAt: AT }))
    const admin = account({ platformRole: 'admin', passwordHash: await hashPassword(PASSWORD) })
    // As version 7 wrote it: no governance records at all.
    const {
      instances: _i,
      instanceMandates: _m,
      ...version7
    } = metadataFileWith({ spaces, accounts: [admin] }, 7)
    await writeFile(join(dataDir, METADATA_FILE_NAME), JSON.stringify(version7))

    const first = await start({ kind: 'lowdb', dataDir })
    const store = first.server.metadata
    const created = await store.instances.listInstances()
    const clpeSpaces = spaces.filter((space) => space.kind === SpaceKind.Clpe)
    expect(created.map((instance) => instance.id).sort()).toEqual(
      [
        'copil',
        'comite-territoires',
        'comite-territoires-elargi',
        'bureau-core',
        ...clpeSpaces.flatMap((space) => [`${space.id}-pleniere`, `${space.id}-bureau`]),
      ].sort(),
    )
    const lille = await store.instances.findInstance(`${clpeSpaceId('CLPE59004')}-pleniere`)
    expect(lille).toMatchObject({ kind: 'pleniere-clpe', clpeProfile: 'urbain', quorum: 8 })
    const mandates = await Promise.all(
      created.map((instance) => store.instances.listMandates(instance.id)),
    )
    expect(mandates.flat()).toEqual([])
    // The Gouvernance section lists them.
    const api = createApiClient(first.httpUrl)
    const { credential } = await api.signIn(admin.email, PASSWORD)
    const listed = await api.request<InstanceListView>('GET', '/api/gouvernance/instances', {
      as: credential,
    })
    expect(listed.status, listed.text).toBe(200)
    expect(listed.body.regional.map((instance) => instance.id)).toContain('copil')
    expect(listed.body.clpe).toHaveLength(clpeSpaces.length * 2)
    await first.close()
    opened.splice(0)

    const second = await start({ kind: 'lowdb', dataDir })
    expect(await second.server.metadata.instances.listInstances()).toEqual(created)
  })

  it('come with their demo members on a PostgreSQL database without them, once', async () => {
    const database = await createTestDatabase()
    try {
      const store: StoreConfig = { kind: 'postgres', url: database.url }
      // Spaces and demo accounts, no instances: as a database of before the governance.
      const before = await start(store, { auth: 'none', demoData: true })
      expect(await before.server.metadata.instances.listInstances()).toEqual([])
      await before.close()
      opened.splice(0)

      const first = await start(store, { demoData: true })
      const instances = await first.server.metadata.instances.listInstances()
      expect(instances.map((instance) => instance.id)).toContain(
        `${clpeSpaceId('CLPE59004')}-bureau`,
      )
      const mandates = await first.server.metadata.instances.listMandates('copil')
      const sophie = await first.server.metadata.findAccountByEmail('copil@demo.maillage.fr')
      expect(mandates.some((mandate) => mandate.accountId === sophie?.id)).toBe(true)
      await first.close()
      opened.splice(0)

      const second = await start(store, { demoData: true })
      expect(await second.server.metadata.instances.listInstances()).toEqual(instances)
      expect(await second.server.metadata.instances.listMandates('copil')).toEqual(mandates)
    } finally {
      for (const server of opened.splice(0)) await server.close()
      await database.drop()
    }
  })
})
