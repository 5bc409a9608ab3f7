import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import { openThread, postMessage } from '../helpers/mailExchanges.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtpServer.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The outbox: a mail queued is delivered once whatever happens to the SMTP server, the server
// process, or how many processes share the database.

const LENS = 'lens@demo.maillage.fr'
const FROM = 'Maillage <ne-pas-repondre@maillage.test>'
const MINUTE = 60_000

/** Signs Lille and Lens in on `server`; `mentionLens(title)` mails Lens about a new thread. */
async function actors(server: TestServer) {
  const api = createApiClient(server.httpUrl)
  const { as, ids } = await signInDemoAccounts(api, ['lille', 'lens'] as const)
  return {
    mentionLens: async (title: string) => {
      const thread = await openThread(api, as.lille, title)
      await postMessage(api, as.lille, thread, 'Pour information', [ids.lens])
    },
  }
}

describe('the outbox', () => {
  let smtp: TestSmtpServer
  const servers: TestServer[] = []
  const directories: string[] = []

  beforeAll(async () => {
    smtp = await startSmtpServer()
  })
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close()
    await smtp.start()
  })
  afterAll(async () => {
    await smtp.close()
    for (const directory of directories) await rm(directory, { recursive: true, force: true })
  })

  async function dataDirectory(): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'maillage-mail-'))
    directories.push(directory)
    return directory
  }

  it('loses no mail while the SMTP server is down: retried a minute later, then delivered once', async () => {
    const clock = createAdvanceableClock()
    const server = await startServer({
      auth: 'session',
      demoData: true,
      timers: clock,
      mail: { smtpUrl: smtp.url, from: FROM, pollIntervalMs: 50 },
    })
    servers.push(server)
    const { mentionLens } = await actors(server)
    await smtp.stop()
    const titles = ['Panne un', 'Panne deux', 'Panne trois']
    for (const title of titles) await mentionLens(title)
    const outbox = server.server.metadata.mail
    const failed = await waitFor(async () => {
      const mails = (await outbox.listMails()).filter((mail) => mail.to === LENS)
      expect(mails).toHaveLength(3)
      for (const mail of mails) expect(mail.attempts).toBe(1)
      return mails
    })
    for (const mail of failed) {
      expect(mail.sentAt).toBeUndefined()
      expect(mail.lastError).toBeDefined()
      // First retry a minute after the failure.
      const wait = Date.parse(mail.nextAttemptAt) - Date.parse(mail.createdAt)
      expect(wait).toBeGreaterThanOrEqual(MINUTE)
      expect(wait).toBeLessThan(MINUTE + 5000)
    }
    expect(smtp.mailsTo(LENS)).toHaveLength(0)

    await smtp.start()
    clock.advance(MINUTE)
    const delivered = await smtp.waitForMailsTo(LENS, 3)
    expect(delivered.map((mail) => mail.parsed.subject)).toEqual(
      titles.map((title) => expect.stringContaining(title) as string),
    )
    const sent = await waitFor(async () => {
      const mails = await outbox.listMails()
      for (const mail of mails) expect(mail.sentAt).toBeDefined()
      return mails
    })
    expect(sent.filter((mail) => mail.to === LENS).map((mail) => mail.attempts)).toEqual([1, 1, 1])
  })

  it('gives a mail up after three days of failures, marked failed', async () => {
    const clock = createAdvanceableClock()
    const server = await startServer({
      auth: 'session',
      demoData: true,
      timers: clock,
      mail: { smtpUrl: smtp.url, from: FROM, pollIntervalMs: 50 },
    })
    servers.push(server)
    const { mentionLens } = await actors(server)
    await smtp.stop()
    await mentionLens('Panne de trois jours')
    const outbox = server.server.metadata.mail
    const toLens = async () => (await outbox.listMails()).filter((mail) => mail.to === LENS)
    await waitFor(async () => {
      const [mail] = await toLens()
      expect(mail?.attempts).toBe(1)
    })
    clock.advance(3 * 24 * 60 * MINUTE)
    const [given] = await waitFor(async () => {
      const mails = await toLens()
      expect(mails[0]?.failedAt).toBeDefined()
      return mails
    })
    expect(given?.attempts).toBe(2)
    await smtp.start()
    clock.advance(60 * MINUTE)
    // A later mail goes out (signed in again: three days ended the sessions); the failed one is
    // not tried again.
    const before = smtp.mailsTo(LENS).length
    await (await actors(server)).mentionLens('Après la panne')
    const [after] = (await smtp.waitForMailsTo(LENS, before + 1)).slice(before)
    expect(after?.parsed.subject).toContain('Après la panne')
    expect((await outbox.findMail(given?.id ?? ''))?.attempts).toBe(2)
  })

  it('sends the mails a stopped server left queued once it restarts, once each', async () => {
    const dataDir = await dataDirectory()
    const first = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
    })
    servers.push(first)
    await (await actors(first)).mentionLens('Avant le redémarrage')
    const queued = await first.server.metadata.mail.listMails()
    expect(queued.filter((mail) => mail.to === LENS)).toHaveLength(1)
    await first.close()
    servers.splice(0)

    const before = smtp.mailsTo(LENS).length
    const second = await startServer({
      auth: 'session',
      store: { kind: 'lowdb', dataDir },
      mail: { smtpUrl: smtp.url, from: FROM, pollIntervalMs: 50 },
    })
    servers.push(second)
    await smtp.waitForMailsTo(LENS, before + 1)
    await (await actors(second)).mentionLens('Après le redémarrage')
    const mails = (await smtp.waitForMailsTo(LENS, before + 2)).slice(before)
    expect(mails.map((mail) => mail.parsed.subject)).toEqual([
      expect.stringContaining('Avant le redémarrage'),
      expect.stringContaining('Après le redémarrage'),
    ])
  })

  it('without SMTP, writes each mail as an .eml file in the data directory’s mails/', async () => {
    const dataDir = await dataDirectory()
    const directory = join(dataDir, 'mails')
    const server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'lowdb', dataDir },
      mail: { from: FROM, directory, pollIntervalMs: 50 },
    })
    servers.push(server)
    await (await actors(server)).mentionLens('Écrit sur le disque')
    const mail = await waitFor(async () => {
      const found = (await server.server.metadata.mail.listMails()).find(
        (candidate) => candidate.to === LENS,
      )
      expect(found?.sentAt).toBeDefined()
      return found
    })
    const files = await readdir(directory)
    expect(files).toContain(`${mail?.id}.eml`)
    expect(files.every((file) => file.endsWith('.eml'))).toBe(true)
    const parsed = await simpleParser(await readFile(join(directory, `${mail?.id}.eml`)))
    expect(parsed.to).toMatchObject({ text: LENS })
    expect(parsed.subject).toContain('Écrit sur le disque')
    expect(parsed.text).toContain('Ouvrir dans Maillage')
    expect(parsed.html).toContain('<html lang="fr">')
  })

  describe('with two processes over one PostgreSQL database', () => {
    let database: TestDatabase

    beforeAll(async () => {
      database = await createTestDatabase()
    })
    afterAll(async () => {
      await database.drop()
    })

    it('never sends one mail twice', async () => {
      const store = { kind: 'postgres' as const, url: database.url }
      const mail = { smtpUrl: smtp.url, from: FROM, pollIntervalMs: 20 }
      // One after the other: the first seeds the database, the second finds it seeded.
      const one = await startServer({ auth: 'session', demoData: true, store, mail })
      servers.push(one)
      const two = await startServer({ auth: 'session', demoData: true, store, mail })
      servers.push(two)
      const before = smtp.mails.length
      const [first, second] = [await actors(one), await actors(two)]
      const titles = Array.from({ length: 12 }, (_, index) => `Sujet numéro ${index + 1}`)
      await Promise.all(
        titles.map((title, index) => (index % 2 === 0 ? first : second).mentionLens(title)),
      )
      await waitFor(async () => {
        const mails = await one.server.metadata.mail.listMails()
        expect(mails.filter((found) => found.to === LENS)).toHaveLength(12)
        for (const found of mails) expect(found.sentAt).toBeDefined()
      })
      const received = smtp.mails.slice(before)
      const ids = received.map((found) => found.parsed.messageId)
      expect(new Set(ids).size).toBe(ids.length)
      const subjects = received
        .filter((found) => found.to.includes(LENS))
        .map((found) => found.parsed.subject ?? '')
      expect(subjects).toHaveLength(12)
      for (const title of titles) {
        expect(subjects.filter((subject) => subject.includes(`« ${title} »`))).toHaveLength(1)
      }
    })
  })
})
