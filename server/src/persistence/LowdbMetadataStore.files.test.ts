import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'
import {
  METADATA_FILE_NAME,
  type LowdbMetadataStore,
  type LowdbMetadataStoreOptions,
} from './LowdbMetadataStore.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import {
  currentMetadataVersion,
  METADATA_MIGRATIONS,
  type MetadataMigration,
} from './metadataMigrations.ts'
import type { Account } from './records/Account.ts'
import {
  account,
  auditEntry,
  CountingAdapter,
  lille,
  membership,
  metadataFileWith,
  MetadataTestDirectory,
  session,
  space,
} from './metadataFixtures.ts'

describe('LowdbMetadataStore on disk', () => {
  let directory: MetadataTestDirectory
  const open = (options?: LowdbMetadataStoreOptions): Promise<LowdbMetadataStore> =>
    directory.open(options)
  const reopen = (store: LowdbMetadataStore): Promise<LowdbMetadataStore> => directory.reopen(store)

  beforeEach(async () => {
    directory = await MetadataTestDirectory.create()
  })
  afterEach(async () => {
    await directory.remove()
  })

  describe('opening', () => {
    it('starts empty without writing anything when the data directory does not exist', async () => {
      const missing = join(directory.path, 'not-yet')
      const store = await directory.open({}, missing)
      expect(await store.listAccounts()).toEqual([])
      expect(await readdir(directory.path)).toEqual([])
      await store.createSpace(space())
      expect(await readdir(missing)).toEqual([METADATA_FILE_NAME])
    })

    it('refuses a metadata file that is not JSON with METADATA_CORRUPTED', async () => {
      await writeFile(directory.metadataPath, '{"schemaVersion": 1, "accounts": [')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses an empty metadata file, as a power cut may leave it, with METADATA_CORRUPTED', async () => {
      await writeFile(directory.metadataPath, '')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file holding null instead of reading it as empty', async () => {
      await writeFile(directory.metadataPath, 'null')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file of the wrong shape, naming the problem', async () => {
      await directory.writeMetadataFile(
        metadataFileWith({ accounts: [{ ...account(), color: 'bleu' }] }),
      )
      const opening = open()
      await expect(opening).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
      await expect(opening).rejects.toThrow(/accounts\[0\]\.color/)
    })

    it('refuses a metadata file without its lists or its schemaVersion', async () => {
      await directory.writeMetadataFile({ schemaVersion: 1, accounts: [] })
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
      await directory.writeMetadataFile({ accounts: [] })
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file where two accounts share an email', async () => {
      await directory.writeMetadataFile(
        metadataFileWith({
          accounts: [account(), account({ id: 'account-2', email: 'CLAIRE@example.fr' })],
        }),
      )
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file newer than the code with METADATA_TOO_NEW', async () => {
      await directory.writeMetadataFile(
        metadataFileWith({}, currentMetadataVersion(METADATA_MIGRATIONS) + 1),
      )
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.TooNew })
    })

    it('finds records of a file it did not write, by email and session token', async () => {
      await directory.writeMetadataFile(
        metadataFileWith({
          accounts: [account({ email: 'Claire@Example.fr' })],
          sessions: [session()],
        }),
      )
      const store = await open()
      expect(await store.findAccountByEmail('claire@example.fr')).toMatchObject({
        id: 'account-claire',
      })
      expect(await store.findSession('session-hash-1')).toEqual(session())
    })
  })

  describe('migrations', () => {
    // Pretend version 1 had no account colour and version 2 added it.
    const addColour: MetadataMigration = {
      from: 1,
      to: 2,
      migrate: (data) => {
        const file = data as { accounts: Record<string, unknown>[] }
        return { ...file, accounts: file.accounts.map((a) => ({ color: '#000000', ...a })) }
      },
    }
    const accountOfVersion1: Partial<Account> = account()
    delete accountOfVersion1.color
    const version1 = metadataFileWith({ accounts: [accountOfVersion1 as Account] })

    it('migrates an older file on open, in memory only, and writes the new version with the next change', async () => {
      await directory.writeMetadataFile(version1)
      const before = await readFile(directory.metadataPath, 'utf8')
      const store = await open({ migrations: [addColour] })
      expect(await store.findAccountById('account-claire')).toEqual(account({ color: '#000000' }))
      expect(await readFile(directory.metadataPath, 'utf8')).toBe(before)

      await store.createSpace(space())
      const written = JSON.parse(await readFile(directory.metadataPath, 'utf8')) as MetadataFile
      expect(written.schemaVersion).toBe(2)
      expect(written.accounts[0]?.color).toBe('#000000')
    })

    it('refuses the same older file when no migration upgrades it', async () => {
      await directory.writeMetadataFile(version1)
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('validates the result of a migration', async () => {
      await directory.writeMetadataFile(version1)
      const breaksColour: MetadataMigration = {
        ...addColour,
        migrate: (data) => {
          const file = data as { accounts: Record<string, unknown>[] }
          return { ...file, accounts: file.accounts.map((a) => ({ ...a, color: 'noir' })) }
        },
      }
      await expect(open({ migrations: [breaksColour] })).rejects.toMatchObject({
        code: MetadataErrorCode.Corrupted,
      })
    })

    it('starts an empty store at the version the migrations lead to', async () => {
      const store = await open({ migrations: [addColour] })
      await store.createSpace(space())
      const written = JSON.parse(await readFile(directory.metadataPath, 'utf8')) as MetadataFile
      expect(written.schemaVersion).toBe(2)
    })
  })

  describe('writes', () => {
    it('stores 100 concurrent memberships with far fewer than 100 file writes', async () => {
      const adapter = new CountingAdapter(new DurableJsonFile(directory.metadataPath))
      const store = await open({ adapter })
      const accountIds = Array.from({ length: 100 }, (_, index) => `account-${index}`)
      await Promise.all(
        accountIds.map((accountId) => store.putMembership(membership({ accountId }))),
      )
      expect(adapter.writes).toBeGreaterThan(0)
      expect(adapter.writes).toBeLessThanOrEqual(2)
      const reopened = await reopen(store)
      const stored = await reopened.listMembershipsOfSpace(lille)
      expect(stored.map((member) => member.accountId).sort()).toEqual([...accountIds].sort())
    })

    it('rejects a change whose file write failed, keeps it in memory, and persists it with the next write', async () => {
      const file = new DurableJsonFile<MetadataFile>(directory.metadataPath)
      let failNext = true
      const adapter: Adapter<MetadataFile> = {
        read: () => file.read(),
        write: (data) => {
          if (!failNext) return file.write(data)
          failNext = false
          return Promise.reject(new Error('disque plein'))
        },
      }
      const store = await open({ adapter })
      await expect(store.createAccount(account())).rejects.toThrow('disque plein')
      expect(await store.findAccountById('account-claire')).toEqual(account())
      await store.createSpace(space())
      expect(await (await reopen(store)).findAccountById('account-claire')).toEqual(account())
    })
  })

  describe('audit trail', () => {
    it('keeps appended entries across re-open, oldest first', async () => {
      const first = await open()
      await first.appendAudit(auditEntry())
      await first.appendAudit(auditEntry({ action: 'logout' }))
      const store = await reopen(first)
      await store.appendAudit(auditEntry({ action: 'space.created', target: lille }))
      expect((await store.listAudit()).map((entry) => entry.action)).toEqual([
        'login.succeeded',
        'logout',
        'space.created',
      ])
    })

    it('only ever appends to the audit file: its earlier bytes stay as they were', async () => {
      const store = await open()
      await store.appendAudit(auditEntry())
      const before = await readFile(directory.auditPath)
      await store.appendAudit(auditEntry({ action: 'logout' }))
      await store.createAccount(account())
      const after = await readFile(directory.auditPath)
      expect(after.length).toBeGreaterThan(before.length)
      expect(after.subarray(0, before.length)).toEqual(before)
    })

    it('ignores a torn final line left by a crash, and appends after it cleanly', async () => {
      const first = await open()
      await first.appendAudit(auditEntry())
      await first.close()
      await appendFile(directory.auditPath, '{"at":"2025-03-01T10:0')

      const store = await open()
      expect(await store.listAudit()).toEqual([auditEntry()])
      await store.appendAudit(auditEntry({ action: 'logout' }))
      expect(await (await reopen(store)).listAudit()).toEqual([
        auditEntry(),
        auditEntry({ action: 'logout' }),
      ])
    })

    it('refuses an audit file with a corrupt line before the last one', async () => {
      await writeFile(directory.auditPath, `not json\n${JSON.stringify(auditEntry())}\n`)
      const store = await open()
      await expect(store.listAudit()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })
  })
})
