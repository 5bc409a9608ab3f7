import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { openAnonymous, type BrowserUser } from '../helpers/browserUser.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { SyncStatus, documentScreen, typeAtEnd } from '../helpers/documentScreen.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const GREETING = 'Bonne lecture à toutes et à tous.'

/** The numéros of the lettre written as .eml to `address` in `directory`, oldest first. */
async function lettresMailedTo(directory: string, address: string): Promise<ParsedMail[]> {
  const names = (await readdir(directory).catch(() => [])).filter((name) => name.endsWith('.eml'))
  const found: ParsedMail[] = []
  for (const name of names) {
    const parsed = await simpleParser(await readFile(join(directory, name)))
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to]
    if (!to.some((entry) => entry?.text.includes(address) === true)) continue
    if (parsed.subject?.includes('Lettre d’information') === true) found.push(parsed)
  }
  return found
}

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

describe('the lettre d’information in the browser', () => {
  let fixture: WebFixture
  let mailDirectory: string
  let camille: BrowserUser
  let julien: BrowserUser
  let title = ''

  beforeAll(async () => {
    // Without SMTP, the server writes each mail as an .eml file: the test reads them there.
    mailDirectory = await mkdtemp(join(tmpdir(), 'maillage-lettre-mails-'))
    fixture = await startWebFixture({
      mail: {
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        directory: mailDirectory,
        pollIntervalMs: 50,
      },
    })
    camille = await fixture.signIn(DemoAccount.admin.email)
    julien = await fixture.signIn(DemoAccount.lens.email)
  })
  afterAll(async () => {
    await fixture.close()
    await rm(mailDirectory, { recursive: true, force: true })
  })

  it('lets a member subscribe from the lettre’s page', async () => {
    const { page } = julien
    await page.goto('/lettre')
    await page.getByRole('heading', { level: 1, name: 'Lettre d’information' }).waitFor()
    await page.getByText(/^Vous ne recevez pas la lettre par e-mail\./u).waitFor()
    // Only the regional team prepares numéros.
    expect(await page.getByRole('button', { name: 'Préparer le prochain numéro' }).count()).toBe(0)
    await page.getByRole('button', { name: 'S’abonner' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: 'C’est fait : vous recevrez le prochain numéro par e-mail.' })
      .waitFor()
    await page.getByRole('button', { name: 'Se désabonner' }).waitFor()
    await expectNoBlockingViolation(page)
  })

  it('lets the regional team assemble, edit, mark as proof-read and publish a numéro', async () => {
    const { page } = camille
    await page.goto('/lettre')
    await page.getByRole('button', { name: 'Préparer le prochain numéro' }).click()
    await page.waitForURL(/\/documents\/[^/]+$/u)
    const screen = documentScreen(page)
    await screen.status(SyncStatus.Synced).waitFor()
    await screen.editor.getByText('Ateliers à venir').waitFor()
    title = await screen.title.inputValue()
    expect(title).toMatch(/^Lettre d’information n° \d+$/u)
    await typeAtEnd(screen, GREETING)
    await waitFor(async () => {
      expect(await screen.contentText()).toContain(GREETING)
    })

    await page.goto('/lettre')
    const draft = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: title }),
    })
    await draft.getByText('Pas encore relu : marquez-le comme relu avant de le publier.').waitFor()
    await expectNoBlockingViolation(page)
    await draft.getByRole('button', { name: 'Marquer comme relu' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `« ${title} » est marqué comme relu.` })
      .waitFor()
    await draft.getByText(/bon à diffuser\.$/u).waitFor()
    await saveScreenshot(page, 'lettre-equipe-regionale')
    // The edit made before proof-reading is part of what is published.
    await draft.getByRole('button', { name: 'Publier et envoyer aux abonnés' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `« ${title} » est publié et part par e-mail à 1 abonné.` })
      .waitFor()
    await page
      .getByRole('region', { name: 'Numéros publiés' })
      .getByRole('link', { name: title })
      .waitFor()
  })

  it('mails the numéro to the subscriber, who reads it and unsubscribes with one click', async () => {
    const [mail] = await waitFor(async () => {
      const mails = await lettresMailedTo(mailDirectory, DemoAccount.lens.email)
      expect(mails).toHaveLength(1)
      return mails
    })
    if (mail === undefined) throw new Error('no numéro mailed')
    expect(mail.subject).toBe(title)
    expect(mail.text).toContain(GREETING)
    expect(typeof mail.html === 'string' ? mail.html : '').toContain('<html lang="fr">')
    expect(mail.headerLines.map((header) => header.line)).toContain(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
    expect(await lettresMailedTo(mailDirectory, DemoAccount.admin.email)).toEqual([])

    // Julien reads it from the archive.
    await julien.page.goto('/lettre')
    await julien.page.getByRole('link', { name: title }).click()
    await julien.page.getByRole('heading', { level: 1, name: title }).waitFor()
    await julien.page.getByText(GREETING).waitFor()
    await saveScreenshot(julien.page, 'lettre-lecture')
    await expectNoBlockingViolation(julien.page)

    // The mail's unsubscribe link, opened without a session, stops the lettre in one click.
    const token = /\/desabonnement\/([A-Za-z0-9_.-]+)/u.exec(mail.text ?? '')?.[1]
    if (token === undefined) throw new Error('no unsubscribe link in the mail')
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.goto(`/desabonnement/${token}`)
    await page
      .getByText(/Lettre d’information \(chaque numéro publié\)/u)
      .first()
      .waitFor()
    await page.getByRole('button', { name: 'Ne plus recevoir ces e-mails' }).click()
    await page.getByRole('status').filter({ hasText: 'vous ne recevrez plus' }).waitFor()
    await context.close()

    await julien.page.goto('/lettre')
    await julien.page.getByText(/^Vous ne recevez pas la lettre par e-mail\./u).waitFor()
  })
})
