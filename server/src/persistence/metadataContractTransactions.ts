import { describe, expect, it } from 'vitest'
import { parseSpaceId } from '@maillage/schema'
import { atelierId, notification, registration } from './metadataFeatureFixtures.ts'
import { account, auditEntry, lille, membership, space } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { MetadataStore } from './MetadataStore.ts'

class Abandoned extends Error {}

/** The contract of `transaction`: all or nothing, own writes visible, one after the other. */
export function describeTransactionsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('transactions', () => {
    it('commits every write of the work together and resolves to its result', async () => {
      const result = await store().transaction(async (tx) => {
        await tx.createAccount(account())
        await tx.putMembership(membership())
        await tx.notifications.createNotification(notification())
        await tx.ateliers.changeRegistrations(atelierId, () => ({
          registrations: [registration()],
          result: null,
        }))
        await tx.appendAudit(auditEntry({ action: 'account.created' }))
        return 'done'
      })
      expect(result).toBe('done')
      expect(await store().findAccountByEmail('claire@example.fr')).toEqual(account())
      expect(await store().findMembership(lille, 'account-claire')).toEqual(membership())
      expect(await store().notifications.listNotificationsOf('account-claire')).toHaveLength(1)
      expect(await store().ateliers.listRegistrations(atelierId)).toEqual([registration()])
      expect(await store().listAudit()).toEqual([auditEntry({ action: 'account.created' })])
    })

    it('writes nothing when the work throws, and rejects with its error', async () => {
      await store().createSpace(space())
      const failed = store().transaction(async (tx) => {
        await tx.createAccount(account())
        await tx.updateAccount('account-claire', { name: 'Claire D.' })
        await tx.deleteMembership(lille, 'nobody')
        await tx.notifications.createNotification(notification())
        await tx.ateliers.changeRegistrations(atelierId, () => ({
          registrations: [registration()],
          result: null,
        }))
        await tx.appendAudit(auditEntry())
        throw new Abandoned('stop')
      })
      await expect(failed).rejects.toThrow(Abandoned)
      const { data, audit } = await store().exportSnapshot()
      expect(data.accounts).toEqual([])
      expect(data.notifications).toEqual([])
      expect(data.atelierRegistrations).toEqual([])
      expect(data.spaces).toEqual([space()])
      expect(audit).toEqual([])
    })

    it('shows the work its own writes, and nobody else before the commit', async () => {
      let seenOutside: unknown = 'not read'
      await store().transaction(async (tx) => {
        await tx.createAccount(account())
        expect(await tx.findAccountByEmail('CLAIRE@example.fr')).toEqual(account())
        await tx.createSpace(space())
        expect(await tx.listSpaces()).toEqual([space()])
        seenOutside = await store().findSpace(lille)
      })
      expect(seenOutside).toBeNull()
      expect(await store().findSpace(lille)).toEqual(space())
    })

    it('keeps the transaction usable after a refused write, and commits the others', async () => {
      await store().createSpace(space())
      await store().transaction(async (tx) => {
        await expect(tx.createSpace(space({ name: 'Doublon' }))).rejects.toMatchObject({
          code: MetadataErrorCode.Conflict,
        })
        await tx.createAccount(account())
      })
      expect(await store().listSpaces()).toEqual([space()])
      expect(await store().listAccounts()).toEqual([account()])
    })

    it('runs transactions one after the other: each sees what the previous committed', async () => {
      const numbers = await Promise.all(
        Array.from({ length: 6 }, () =>
          store().transaction(async (tx) => {
            const count = (await tx.notifications.listNotificationsOf('account-claire')).length
            await tx.notifications.createNotification(notification({ id: `n-${count}` }))
            return count
          }),
        ),
      )
      expect([...numbers].sort()).toEqual([0, 1, 2, 3, 4, 5])
      expect(await store().notifications.listNotificationsOf('account-claire')).toHaveLength(6)
    })

    it('joins the enclosing transaction when the work opens another', async () => {
      const failed = store().transaction(async (tx) => {
        await tx.transaction(async (inner) => {
          await inner.createSpace(space())
        })
        expect(await tx.findSpace(lille)).toEqual(space())
        throw new Abandoned('stop')
      })
      await expect(failed).rejects.toThrow(Abandoned)
      expect(await store().findSpace(lille)).toBeNull()
    })

    it('refuses calls on the store of a transaction that has ended', async () => {
      let kept: MetadataStore | undefined
      await store().transaction(async (tx) => {
        kept = tx
        await tx.createSpace(space())
      })
      await expect(
        kept?.createSpace(space({ id: parseSpaceId('clpe-douai') })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Closed })
      expect(await store().listSpaces()).toEqual([space()])
    })
  })
}
