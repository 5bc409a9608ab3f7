import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { NotificationService } from '../notifications/NotificationService.ts'
import { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { account, AT } from '../persistence/metadataFixtures.ts'
import { systemTimers } from '../time/Timers.ts'
import { createMailServices, type MailServices } from './createMailServices.ts'
import { MAIL_KIND_LABELS, MAIL_KINDS } from './MailKind.ts'
import { NOTIFICATION_MAIL_KINDS } from './notificationMailKinds.ts'

/** Waits, without sleeping blindly, until `directory` holds `count` .eml files. */
async function emlFiles(directory: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 10_000
  for (;;) {
    const files = await readdir(directory).catch(() => [])
    const mails = files.filter((file) => file.endsWith('.eml'))
    if (mails.length >= count) return mails
    if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} mails written`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('NotificationMailer: the notifications that are mailed', () => {
  let directory: string | undefined
  let mail: MailServices | undefined

  afterEach(async () => {
    await mail?.mailDelivery.stop()
    if (directory !== undefined) await rm(directory, { recursive: true, force: true })
  })

  it('mails every mapped kind of notification with its text and link, in both parts', async () => {
    directory = await mkdtemp(join(tmpdir(), 'maillage-notification-mails-'))
    const store = LowdbMetadataStore.inMemory()
    await store.createAccount(account({ id: 'account-zoe', email: 'zoe@exemple.fr' }))
    // Every kind at once, so that each notification is one mail.
    await store.mail.putPreferences({
      accountId: 'account-zoe',
      frequencies: Object.fromEntries(MAIL_KINDS.map((kind) => [kind, 'immediat'])),
      updatedAt: AT,
    })
    mail = createMailServices({
      store,
      timers: systemTimers,
      logger: pino({ level: 'silent' }),
      config: { from: 'Maillage <ne-pas-repondre@maillage.test>', directory, pollIntervalMs: 20 },
      publicUrl: 'https://maillage.example.fr',
    })
    mail.mailDelivery.start('http://127.0.0.1:1')
    const notifications = new NotificationService({
      store,
      timers: systemTimers,
      mailer: mail.notificationMailer,
    })
    const mapped = Object.entries(NOTIFICATION_MAIL_KINDS)
    for (const [notificationKind] of mapped) {
      await notifications.notify('account-zoe', {
        kind: notificationKind,
        message: `Texte de « ${notificationKind} » <pour> Zoé.`,
        link: `/lien/${notificationKind}`,
      })
    }
    // A kind nobody mapped stays in the app.
    await notifications.notify('account-zoe', { kind: 'autre', message: 'Rien', link: '/x' })

    const files = await emlFiles(directory, mapped.length)
    const parsed = await Promise.all(
      files.map(async (file) => simpleParser(await readFile(join(directory ?? '', file)))),
    )
    for (const [notificationKind, mailKind] of mapped) {
      const found = parsed.find(
        (one) => one.subject === `Texte de « ${notificationKind} » <pour> Zoé.`,
      )
      expect(found, notificationKind).toBeDefined()
      expect(found?.text).toContain(`${MAIL_KIND_LABELS[mailKind]}\n`)
      expect(found?.text).toContain(`https://maillage.example.fr/lien/${notificationKind}`)
      expect(found?.html).toContain(`Texte de « ${notificationKind} » &lt;pour&gt; Zoé.`)
      expect(found?.html).toContain(`href="https://maillage.example.fr/lien/${notificationKind}"`)
    }
    expect(new Set(Object.values(NOTIFICATION_MAIL_KINDS)).size).toBe(mapped.length)
    expect(parsed.some((one) => one.subject === 'Rien')).toBe(false)
    expect(files).toHaveLength(mapped.length)
  })
})
