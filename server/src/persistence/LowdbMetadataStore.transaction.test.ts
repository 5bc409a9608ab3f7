import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'
import {
  account,
  auditEntry,
  CountingAdapter,
  lille,
  MetadataTestDirectory,
  space,
} from './metadataFixtures.ts'

// How the lowdb adapter makes a transaction: a write gate, one file write, audit after the commit.
// What every adapter's transactions guarantee: metadataContractTransactions.ts.

class Abandoned extends Error {}

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined
  const promise = new Promise<void>((settle) => {
    resolve = settle
  })
  return { promise, resolve }
}

describe('LowdbMetadataStore transactions', () => {
  let directory: MetadataTestDirectory

  beforeEach(async () => {
    directory = await MetadataTestDirectory.create()
  })
  afterEach(async () => {
    await directory.remove()
  })

  it('writes the file once for every change of a transaction, and not at all when it throws', async () => {
    const adapter = new CountingAdapter(new DurableJsonFile(directory.metadataPath))
    const store = await directory.open({ adapter })
    await store.transaction(async (tx) => {
      await tx.createAccount(account())
      await tx.createSpace(space())
      await tx.updateAccount('account-claire', { name: 'Claire D.' })
    })
    expect(adapter.writes).toBe(1)
    await expect(
      store.transaction(async (tx) => {
        await tx.deleteSessionsOf('account-claire')
        await tx.updateAccount('account-claire', { name: 'Never' })
        throw new Abandoned('stop')
      }),
    ).rejects.toThrow(Abandoned)
    expect(adapter.writes).toBe(1)
    const reopened = await directory.reopen(store)
    expect(await reopened.findAccountById('account-claire')).toMatchObject({ name: 'Claire D.' })
  })

  it('makes the writes asked during a transaction wait for it, while reads answer at once', async () => {
    const store = await directory.open()
    const inside = deferred()
    const finish = deferred()
    const transaction = store.transaction(async (tx) => {
      await tx.createSpace(space())
      inside.resolve()
      await finish.promise
      await tx.createAccount(account())
    })
    await inside.promise
    let written = false
    const write = store.createAccount(account({ id: 'account-2', email: 'x@example.fr' }))
    const marked = write.then(() => {
      written = true
    })
    expect(await store.findSpace(lille)).toBeNull()
    expect(written).toBe(false)
    finish.resolve()
    await transaction
    await marked
    expect((await store.listAccounts()).map((found) => found.id)).toEqual([
      'account-claire',
      'account-2',
    ])
  })

  it('appends the audit entries of a transaction once it committed, and drops them otherwise', async () => {
    const store = await directory.open()
    await expect(
      store.transaction(async (tx) => {
        await tx.appendAudit(auditEntry({ action: 'logout' }))
        expect(await tx.listAudit()).toEqual([auditEntry({ action: 'logout' })])
        throw new Abandoned('stop')
      }),
    ).rejects.toThrow(Abandoned)
    await store.transaction((tx) => tx.appendAudit(auditEntry()))
    const reopened = await directory.reopen(store)
    expect(await reopened.listAudit()).toEqual([auditEntry()])
  })
})
