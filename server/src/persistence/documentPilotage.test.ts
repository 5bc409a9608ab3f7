import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FichePilotage, PilotageIndex } from '@maillage/schema'
import { MAX_INDEXED_INDICATORS } from '@maillage/schema'
import { documentRecord, fiche, lille, MetadataTestDirectory, space } from './metadataFixtures.ts'
import type { MetadataStore } from './MetadataStore.ts'
import {
  createMetadataTestDatabase,
  type MetadataTestDatabase,
} from './postgres/postgresMetadataFixtures.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'

// The steering digest of a document (`DocumentRecord.pilotage`) needs no migration:
// both metadata stores keep records as validated JSON. Stored, read back (from the file, or the
// jsonb column), removed by an `undefined` patch, refused when over its bounds.

const digest: FichePilotage = {
  kind: 'fiche-action',
  indicators: [
    {
      id: 'indicateur-1',
      level: 'resultat',
      label: 'Personnes recrutées',
      unit: 'personnes',
      baseline: 0,
      baselineDate: '2026-01-01',
      target: 40,
      targetDate: '2026-12-31',
      kpi: '',
      measurements: [{ date: '2026-03-31', value: 12 }],
    },
  ],
  efficacite: null,
  reconduction: '',
  nombreBeneficiaires: 25,
}

/** How a suite gets a store, and a second one reading what the first wrote (closed if it must). */
interface PilotageHarness {
  open(): Promise<MetadataStore>
  reopen(store: MetadataStore): Promise<MetadataStore>
}

function describePilotageRecords(name: string, harness: PilotageHarness): void {
  describe(`the steering digest of a document record: ${name}`, () => {
    it('is stored and read back, and an undefined patch removes it', async () => {
      let store = await harness.open()
      await store.createSpace(space({ id: lille }))
      await store.createDocument(documentRecord({ pilotage: digest }))
      store = await harness.reopen(store)
      expect((await store.findDocument(fiche))?.pilotage).toEqual(digest)
      await store.updateDocument(fiche, { pilotage: undefined })
      store = await harness.reopen(store)
      expect(await store.findDocument(fiche)).not.toHaveProperty('pilotage')
      await store.updateDocument(fiche, { pilotage: { ...digest, nombreBeneficiaires: 30 } })
      store = await harness.reopen(store)
      expect((await store.findDocument(fiche))?.pilotage).toMatchObject({ nombreBeneficiaires: 30 })
    })

    it('refuses a digest over its bounds', async () => {
      const store = await harness.open()
      await store.createSpace(space({ id: lille }))
      const [indicator] = digest.indicators
      const tooMany = { ...digest, indicators: Array(MAX_INDEXED_INDICATORS + 1).fill(indicator) }
      await expect(
        store.createDocument(documentRecord({ pilotage: tooMany as PilotageIndex })),
      ).rejects.toMatchObject({ code: 'METADATA_INVALID' })
    })
  })
}

const directories: MetadataTestDirectory[] = []
let database: MetadataTestDatabase | undefined
const postgresStores: PostgresMetadataStore[] = []

beforeAll(async () => {
  database = await createMetadataTestDatabase()
})
afterAll(async () => {
  for (const store of postgresStores) await store.close()
  await database?.drop()
  for (const directory of directories) await directory.remove()
})

let directory: MetadataTestDirectory | undefined
describePilotageRecords('LowdbMetadataStore on files, read back from the file', {
  async open() {
    directory = await MetadataTestDirectory.create()
    directories.push(directory)
    return directory.open()
  },
  async reopen(store) {
    await store.close()
    if (directory === undefined) throw new Error('opened first')
    return directory.open()
  },
})

describePilotageRecords('PostgresMetadataStore, read back from its jsonb', {
  async open() {
    if (database === undefined) throw new Error('the database is created before the tests')
    await database.empty()
    const store = await PostgresMetadataStore.open(database.pool)
    postgresStores.push(store)
    return store
  },
  async reopen() {
    if (database === undefined) throw new Error('the database is created before the tests')
    const store = await PostgresMetadataStore.open(database.pool)
    postgresStores.push(store)
    return store
  },
})
