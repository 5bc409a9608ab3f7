import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LowdbMetadataStore } from '../LowdbMetadataStore.ts'
import { MetadataErrorCode } from '../MetadataError.ts'
import {
  accessToken,
  account,
  auditEntry,
  documentRecord,
  invitation,
  membership,
  session,
  space,
} from '../metadataFixtures.ts'
import {
  createMetadataTestDatabase,
  type MetadataTestDatabase,
} from './postgresMetadataFixtures.ts'
import { PostgresMetadataStore } from './PostgresMetadataStore.ts'

async function filledLowdbStore(): Promise<LowdbMetadataStore> {
  const store = LowdbMetadataStore.inMemory()
  await store.createAccount(account())
  await store.createAccount(account({ id: 'account-karim', email: 'karim@example.fr' }))
  await store.createSession(session())
  await store.createSpace(space())
  await store.putMembership(membership())
  await store.createInvitation(invitation())
  await store.createAccessToken(accessToken())
  await store.createDocument(documentRecord())
  await store.notifications.createNotification({
    id: 'notification-1',
    accountId: 'account-claire',
    kind: 'proposition-outil',
    message: 'Une proposition',
    link: '/outils',
    createdAt: '2025-03-01T10:00:00.000Z',
  })
  await store.appendAudit(auditEntry())
  await store.appendAudit(auditEntry({ action: 'logout' }))
  return store
}

describe('PostgresMetadataStore snapshots', () => {
  let database: MetadataTestDatabase

  beforeAll(async () => {
    database = await createMetadataTestDatabase()
  })
  afterAll(async () => {
    await database.drop()
  })
  beforeEach(async () => {
    await database.empty()
  })

  it('exports exactly what was imported from a lowdb store, audit order included', async () => {
    const lowdb = await filledLowdbStore()
    const snapshot = await lowdb.exportSnapshot()
    const store = await PostgresMetadataStore.open(database.pool)
    await store.importSnapshot(snapshot.data, snapshot.audit)
    expect(await store.exportSnapshot()).toEqual(snapshot)
    expect(await store.findAccountByEmail('KARIM@example.fr')).toMatchObject({
      id: 'account-karim',
    })
    await store.close()
    await lowdb.close()
  })

  it('refuses to import into a store that holds a record, writing nothing', async () => {
    const lowdb = await filledLowdbStore()
    const snapshot = await lowdb.exportSnapshot()
    const store = await PostgresMetadataStore.open(database.pool)
    await store.createSpace(space())
    await expect(store.importSnapshot(snapshot.data, snapshot.audit)).rejects.toMatchObject({
      code: MetadataErrorCode.NotEmpty,
    })
    expect(await store.listAccounts()).toEqual([])
    expect(await store.listAudit()).toEqual([])
    await store.close()
    await lowdb.close()
  })

  it('imports nothing when one record of the snapshot is invalid', async () => {
    const lowdb = await filledLowdbStore()
    const { data, audit } = await lowdb.exportSnapshot()
    const store = await PostgresMetadataStore.open(database.pool)
    const broken = { ...data, spaces: [{ ...space(), name: '' }] }
    await expect(store.importSnapshot(broken, audit)).rejects.toMatchObject({
      code: MetadataErrorCode.Invalid,
    })
    expect(await store.listAccounts()).toEqual([])
    await store.close()
    await lowdb.close()
  })
})
