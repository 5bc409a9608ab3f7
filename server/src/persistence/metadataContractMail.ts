import { describe, expect, it } from 'vitest'
import { expectRejections } from './metadataContractCore.ts'
import { AT } from './metadataFixtures.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import type { MailDigestEntry } from './records/MailDigestEntry.ts'
import type { OutboxMail } from './records/OutboxMail.ts'

const LATER = '2025-03-01T10:05:00.000Z'
const LEASE = '2025-03-01T10:15:00.000Z'

/** A mail of the outbox for Claire, due at `AT`. */
export const outboxMail = (overrides: Partial<OutboxMail> = {}): OutboxMail => ({
  id: 'mail-1',
  to: 'claire@exemple.fr',
  accountId: 'account-claire',
  kind: 'mention',
  subject: 'Vous êtes mentionnée',
  text: 'Bonjour',
  html: '<p>Bonjour</p>',
  headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  createdAt: AT,
  attempts: 0,
  nextAttemptAt: AT,
  ...overrides,
})

/** An event kept for Claire's digest. */
export const digestEntry = (overrides: Partial<MailDigestEntry> = {}): MailDigestEntry => ({
  id: 'entry-1',
  accountId: 'account-claire',
  message: {
    kind: 'nous-aussi',
    subject: '« Nous aussi »',
    heading: 'Le CLPE de Lens dit « nous aussi »',
    paragraphs: ['Sur « Mobilité des jeunes ».'],
    action: { label: 'Voir la discussion', path: '/echanges/fil-1' },
  },
  createdAt: AT,
  ...overrides,
})

/** The contract of the mail records (`MailRecords`). */
export function describeMailRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('mail', () => {
    it('claims due mails once, the longest due first, and leases them', async () => {
      await store().mail.enqueueMails([
        outboxMail({ id: 'later', nextAttemptAt: LATER }),
        outboxMail({ id: 'first' }),
        outboxMail({ id: 'sent', sentAt: AT }),
        outboxMail({ id: 'failed', failedAt: AT }),
      ])
      const order = await store().mail.claimDueMails({ now: AT, leaseUntil: LEASE, limit: 5 })
      expect(order.map((mail) => mail.id)).toEqual(['first'])
      expect(order[0]).toEqual(outboxMail({ id: 'first', nextAttemptAt: LEASE }))
      expect((await store().mail.findMail('first'))?.nextAttemptAt).toBe(LEASE)
      await store().mail.enqueueMails([outboxMail({ id: 'second', nextAttemptAt: AT })])
      // Claimed together: each due mail goes to one claim only.
      const claims = await Promise.all(
        [1, 2, 3].map(() =>
          store().mail.claimDueMails({ now: LATER, leaseUntil: LEASE, limit: 5 }),
        ),
      )
      expect(
        claims
          .flat()
          .map((mail) => mail.id)
          .sort(),
      ).toEqual(['later', 'second'])
      expect(await store().mail.claimDueMails({ now: LATER, leaseUntil: LEASE, limit: 5 })).toEqual(
        [],
      )
      const again = await store().mail.claimDueMails({ now: LEASE, leaseUntil: LEASE, limit: 1 })
      // Leased alike: the one enqueued first.
      expect(again.map((mail) => mail.id)).toEqual(['later'])
    })

    it('updates a mail, purges finished ones and refuses a taken id or an invalid mail', async () => {
      await store().mail.enqueueMails([outboxMail(), outboxMail({ id: 'mail-2' })])
      const sent = await store().mail.updateMail('mail-1', { sentAt: LATER })
      expect(sent).toEqual(outboxMail({ sentAt: LATER }))
      expect(await store().mail.updateMail('mail-9', { sentAt: LATER })).toBeNull()
      await expectRejections(
        [store().mail.enqueueMails([outboxMail({ id: 'mail-3' }), outboxMail()])],
        MetadataErrorCode.Conflict,
      )
      await expect(store().mail.enqueueMails([outboxMail()])).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      await expect(
        store().mail.enqueueMails([outboxMail({ id: 'mail-5', to: 'pas une adresse' })]),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
      expect((await store().mail.listMails()).map((mail) => mail.id)).toEqual(['mail-1', 'mail-2'])
      expect(await store().mail.purgeFinishedMails(LATER)).toBe(0)
      expect(await store().mail.purgeFinishedMails(LEASE)).toBe(1)
      expect((await store().mail.listMails()).map((mail) => mail.id)).toEqual(['mail-2'])
    })

    it('keeps digest entries bounded per account and takes those of the day at once', async () => {
      for (const index of [1, 2, 3]) {
        await store().mail.addDigestEntry(digestEntry({ id: `entry-${index}` }), 2)
      }
      const other = digestEntry({ id: 'entry-lens', accountId: 'account-lens', createdAt: LEASE })
      await store().mail.addDigestEntry(other, 2)
      expect(
        (await store().mail.listDigestEntriesOf('account-claire')).map((entry) => entry.id),
      ).toEqual(['entry-2', 'entry-3'])
      expect(await store().mail.hasDigestEntriesUntil('2025-03-01T09:00:00.000Z')).toBe(false)
      expect(await store().mail.hasDigestEntriesUntil(LATER)).toBe(true)
      const taken = await store().mail.takeDigestEntriesUntil(LATER)
      expect(taken.map((entry) => entry.id)).toEqual(['entry-2', 'entry-3'])
      expect(taken[0]).toEqual(digestEntry({ id: 'entry-2' }))
      expect(await store().mail.takeDigestEntriesUntil(LATER)).toEqual([])
      expect(await store().mail.listDigestEntriesOf('account-lens')).toEqual([other])
    })

    it('keeps preferences per account, opt-outs per address and kind, one secret', async () => {
      expect(await store().mail.findPreferences('account-claire')).toBeNull()
      const preferences = {
        accountId: 'account-claire',
        frequencies: { mention: 'jamais' as const },
        updatedAt: AT,
      }
      await store().mail.putPreferences(preferences)
      const changed = { ...preferences, frequencies: { 'nous-aussi': 'immediat' as const } }
      await store().mail.putPreferences(changed)
      expect(await store().mail.findPreferences('account-claire')).toEqual(changed)
      await expect(
        store().mail.putPreferences({
          ...preferences,
          frequencies: { mention: 'souvent' as 'jamais' },
        }),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })

      const optOut = { address: 'invitee@exemple.fr', kind: 'invitation' as const, createdAt: AT }
      await store().mail.addAddressOptOut(optOut)
      await store().mail.addAddressOptOut({ ...optOut, createdAt: LATER })
      expect(await store().mail.hasAddressOptOut('Invitee@Exemple.fr', 'invitation')).toBe(true)
      expect(await store().mail.hasAddressOptOut('invitee@exemple.fr', 'mention')).toBe(false)
      const { data } = await store().exportSnapshot()
      expect(data.mailAddressOptOuts).toEqual([optOut])

      const secret = { id: 'unsubscribe' as const, secret: 'a'.repeat(43), createdAt: AT }
      expect(await store().mail.ensureSecret(secret)).toEqual(secret)
      expect(await store().mail.ensureSecret({ ...secret, secret: 'b'.repeat(43) })).toEqual(secret)
    })

    it('forgets an account: its preferences, digest entries and mails, no one else’s', async () => {
      await store().mail.enqueueMails([
        outboxMail(),
        outboxMail({ id: 'mail-lens', to: 'lens@exemple.fr', accountId: 'account-lens' }),
      ])
      await store().mail.addDigestEntry(digestEntry(), 100)
      await store().mail.putPreferences({
        accountId: 'account-claire',
        frequencies: {},
        updatedAt: AT,
      })
      expect(await store().mail.forgetAccount('account-claire')).toBe(3)
      expect((await store().mail.listMails()).map((mail) => mail.id)).toEqual(['mail-lens'])
      expect(await store().mail.listDigestEntriesOf('account-claire')).toEqual([])
      expect(await store().mail.findPreferences('account-claire')).toBeNull()
    })

    it('returns copies and takes part in transactions', async () => {
      await store().mail.enqueueMails([outboxMail()])
      const [found] = await store().mail.listMails()
      if (found !== undefined) found.headers['X-Test'] = 'changé'
      expect(await store().mail.findMail('mail-1')).toEqual(outboxMail())
      await expect(
        store().transaction(async (tx) => {
          await tx.mail.takeDigestEntriesUntil(LEASE)
          await tx.mail.enqueueMails([outboxMail({ id: 'digest' })])
          throw new Error('annulé')
        }),
      ).rejects.toThrow('annulé')
      expect((await store().mail.listMails()).map((mail) => mail.id)).toEqual(['mail-1'])
    })
  })
}
