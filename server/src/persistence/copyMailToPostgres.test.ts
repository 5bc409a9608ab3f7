import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyToPostgres } from './copyToPostgres.ts'
import { LowdbMetadataStore } from './LowdbMetadataStore.ts'
import { digestEntry, outboxMail } from './metadataContractMail.ts'
import { AT } from './metadataFixtures.ts'
import { openPostgres, type PostgresDatabase } from './postgres/openPostgres.ts'
import { PostgresMetadataStore } from './postgres/PostgresMetadataStore.ts'
import { createTestDatabase, type TestDatabase } from './postgres/postgresFixtures.ts'

describe('copyToPostgres and e-mail', () => {
  let database: TestDatabase
  let postgres: PostgresDatabase
  let dataDir: string

  beforeAll(async () => {
    database = await createTestDatabase()
    postgres = await openPostgres(database.url, {
      logger: { info: () => undefined, error: () => undefined },
    })
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-copy-mail-'))
  })
  afterAll(async () => {
    await postgres.close()
    await database.drop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('copies the outbox, digest entries, preferences, opt-outs and the secret, and verifies them', async () => {
    const source = await LowdbMetadataStore.open(dataDir)
    const queued = outboxMail()
    const sent = outboxMail({ id: 'mail-2', sentAt: AT })
    const entry = digestEntry()
    const preferences = {
      accountId: 'account-claire',
      frequencies: { mention: 'quotidien' as const },
      updatedAt: AT,
    }
    const optOut = { address: 'invitee@exemple.fr', kind: 'invitation' as const, createdAt: AT }
    const secret = { id: 'unsubscribe' as const, secret: 's'.repeat(43), createdAt: AT }
    await source.mail.enqueueMails([queued, sent])
    await source.mail.addDigestEntry(entry, 100)
    await source.mail.putPreferences(preferences)
    await source.mail.addAddressOptOut(optOut)
    await source.mail.ensureSecret(secret)
    await source.close()

    const report = await copyToPostgres({ dataDir, pool: postgres.pool })

    expect(report.verification.mismatches).toEqual([])
    expect(report.records).toMatchObject({
      mailOutbox: 2,
      mailDigestEntries: 1,
      mailPreferences: 1,
      mailAddressOptOuts: 1,
      mailSecrets: 1,
    })
    const target = await PostgresMetadataStore.open(postgres.pool)
    expect(await target.mail.listMails()).toEqual([queued, sent])
    // The copy's claim columns follow the records: the queued mail is due, the sent one not.
    const claimed = await target.mail.claimDueMails({ now: AT, leaseUntil: AT, limit: 5 })
    expect(claimed.map((mail) => mail.id)).toEqual(['mail-1'])
    expect(await target.mail.listDigestEntriesOf('account-claire')).toEqual([entry])
    expect(await target.mail.findPreferences('account-claire')).toEqual(preferences)
    expect(await target.mail.hasAddressOptOut('invitee@exemple.fr', 'invitation')).toBe(true)
    expect(await target.mail.ensureSecret({ ...secret, secret: 't'.repeat(43) })).toEqual(secret)
    await target.close()
  })
})
