import { readdir } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'
import type { LowdbMetadataStore, LowdbMetadataStoreOptions } from './LowdbMetadataStore.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { account, MetadataTestDirectory } from './metadataFixtures.ts'

// What only the lowdb adapter shows of its refusals and closing: no file written for a refused
// record, close waiting for the file write. The rest: metadataStoreContract.ts.

describe('LowdbMetadataStore', () => {
  let directory: MetadataTestDirectory
  const open = (options?: LowdbMetadataStoreOptions): Promise<LowdbMetadataStore> =>
    directory.open(options)

  beforeEach(async () => {
    directory = await MetadataTestDirectory.create()
  })
  afterEach(async () => {
    await directory.remove()
  })

  describe('validation', () => {
    it('rejects an invalid record with METADATA_INVALID naming the field, and stores nothing', async () => {
      const store = await open()
      const creation = store.createAccount(account({ email: 'not an email' }))
      await expect(creation).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
      await expect(creation).rejects.toThrow(/email/)
      expect(await store.listAccounts()).toEqual([])
      expect(await readdir(directory.path)).toEqual([])
    })
  })

  describe('closing', () => {
    it('waits for the file write under way before it resolves', async () => {
      const file = new DurableJsonFile<MetadataFile>(directory.metadataPath)
      let release = (): void => undefined
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      const adapter: Adapter<MetadataFile> = {
        read: () => file.read(),
        write: async (data) => {
          await gate
          await file.write(data)
        },
      }
      const store = await open({ adapter })
      const creation = store.createAccount(account())
      let closed = false
      const closing = store.close().then(() => {
        closed = true
      })
      await new Promise((resolve) => setImmediate(resolve))
      expect(closed).toBe(false)
      release()
      await closing
      await creation
      expect(await (await open()).findAccountById('account-claire')).toEqual(account())
    })
  })
})
