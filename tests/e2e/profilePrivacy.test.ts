import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, type SessionCredential } from '../helpers/apiClient.ts'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { openAnonymous, type BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument } from '../helpers/documentScreen.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { unsubscribeTokenOfMailTo } from '../helpers/mailDirectory.ts'
import { openThread, postMessage } from '../helpers/mailExchanges.ts'
import { MailFrequencyLabel, openProfile, profileScreen } from '../helpers/profileScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const LENS_SPACE_ID = 'clpe-62005'
const MENTION = 'Quelqu’un vous mentionne'
const REPLY = 'Réponse dans une discussion que vous avez lancée'
const NEW_PASSWORD = 'un-nouveau-mot-de-passe-2026'
const ELODIE = { email: 'lille2@demo.maillage.fr', name: 'Élodie Vasseur' }

describe('profile: e-mail preferences and unsubscribe, one’s data, password and sessions', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let nadiaDocument: { id: string; title: string }

  let mailDirectory: string

  beforeAll(async () => {
    // Without SMTP, the server writes each mail as an .eml file: the tests read them there.
    mailDirectory = await mkdtemp(join(tmpdir(), 'maillage-profil-mails-'))
    fixture = await startWebFixture({
      mail: {
        from: 'Maillage <ne-pas-repondre@maillage.test>',
        directory: mailDirectory,
        pollIntervalMs: 50,
      },
    })
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    nadiaDocument = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Plan d’accueil des saisonniers',
    })
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
    await rm(mailDirectory, { recursive: true, force: true })
  })

  it('keeps the e-mail preferences chosen, after a reload', async () => {
    const screen = await openProfile(nadia.page)
    await screen.mailChoice(MENTION, MailFrequencyLabel.immediat).waitFor()
    await expect(screen.mailChoice(MENTION, MailFrequencyLabel.immediat).isChecked()).resolves.toBe(
      true,
    )
    await screen.mailChoice(MENTION, MailFrequencyLabel.jamais).check()
    await screen.mailChoice(REPLY, MailFrequencyLabel.immediat).check()
    await screen.saveMail.click()
    await screen.status('Vos préférences d’e-mail sont enregistrées.').waitFor()
    await saveScreenshot(nadia.page, 'profil-preferences-mail')

    const reloaded = await openProfile(nadia.page)
    await reloaded.mailChoice(MENTION, MailFrequencyLabel.jamais).waitFor()
    await expect(reloaded.mailChoice(MENTION, MailFrequencyLabel.jamais).isChecked()).resolves.toBe(
      true,
    )
    await expect(reloaded.mailChoice(REPLY, MailFrequencyLabel.immediat).isChecked()).resolves.toBe(
      true,
    )
    await expect(
      reloaded.mailChoice(MENTION, MailFrequencyLabel.immediat).isChecked(),
    ).resolves.toBe(false)
  })

  it('stops one kind of mail from the link of a mail, without a session', async () => {
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const elodie = await fixture.api.signIn(ELODIE.email)
    const thread = await openThread(fixture.api, credential, 'Garde d’enfants aux horaires décalés')
    await postMessage(fixture.api, credential, thread, 'Qu’en pensez-vous ?', [elodie.accountId])
    const token = await waitFor(() => unsubscribeTokenOfMailTo(mailDirectory, ELODIE.email))

    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.goto(`/desabonnement/${token}`)
    await page
      .getByText(`Vous recevez les e-mails « ${MENTION} » à l’adresse ${ELODIE.email}.`)
      .waitFor()
    await expectNoBlockingViolation(page)
    await saveScreenshot(page, 'desabonnement')
    await page.getByRole('button', { name: 'Ne plus recevoir ces e-mails' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `vous ne recevrez plus les e-mails « ${MENTION} »` })
      .waitFor()
    await saveScreenshot(page, 'desabonnement-fait')
    await expectNoBlockingViolation(page)

    await page.goto('/desabonnement/pas-un-vrai-jeton')
    await page.getByText(/^Ce lien de désabonnement n’est pas valide/).waitFor()
    await context.close()

    // The link changed her preference: her profile, opened at the mails' link to the
    // preferences, shows that section (focused) and « Jamais » for mentions.
    const signedIn = await fixture.signIn(ELODIE.email)
    await signedIn.page.goto('/profil#notifications-par-e-mail')
    const screen = profileScreen(signedIn.page)
    await screen.mailChoice(MENTION, MailFrequencyLabel.jamais).waitFor()
    const heading = signedIn.page.getByRole('heading', {
      level: 2,
      name: 'Notifications par e-mail',
    })
    await waitFor(async () => {
      expect(await isFocused(signedIn.page, heading)).toBe(true)
    })
    await expect(screen.mailChoice(MENTION, MailFrequencyLabel.jamais).isChecked()).resolves.toBe(
      true,
    )
  })

  it('downloads one’s data as JSON from the profile’s link: one’s name and document, no one else', async () => {
    const screen = await openProfile(nadia.page)
    const [jsonDownload] = await Promise.all([
      nadia.page.waitForEvent('download'),
      screen.dataJson.click(),
    ])
    const data: unknown = JSON.parse(await readFile(await downloadedPath(jsonDownload), 'utf8'))
    expect(JSON.stringify(data)).toContain(DemoAccount.lille.name)
    expect(createdTitles(data)).toContain(nadiaDocument.title)
    expect(JSON.stringify(data)).not.toContain(DemoAccount.lens.name)

    // The link's answer, as bytes with the browser's session: an attachment, in UTF-8 JSON.
    const credential: SessionCredential = {
      kind: 'session',
      cookie: await nadia.sessionCookie(),
      csrfToken: '',
    }
    const file = await downloadFile(
      fixture.server.httpUrl,
      new URL(jsonDownload.url()).pathname,
      credential,
    )
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/)
    expect(JSON.parse(new TextDecoder().decode(file.bytes))).toHaveProperty('profil')
  })

  it('downloads one’s data as a readable page from the profile’s link', async () => {
    const screen = await openProfile(nadia.page)
    // Headless Chromium cancels an HTML download (a file type it deems risky without a person
    // to confirm): its name is read from the browser, its bytes fetched from the same link with
    // the browser's session.
    const [htmlDownload] = await Promise.all([
      nadia.page.waitForEvent('download'),
      screen.dataHtml.click(),
    ])
    expect(htmlDownload.suggestedFilename()).toMatch(/\.html$/)
    const credential: SessionCredential = {
      kind: 'session',
      cookie: await nadia.sessionCookie(),
      csrfToken: '',
    }
    const file = await downloadFile(
      fixture.server.httpUrl,
      new URL(htmlDownload.url()).pathname,
      credential,
    )
    expect(file.status, new TextDecoder().decode(file.bytes)).toBe(200)
    expect(file.headers.get('content-disposition')).toMatch(/^attachment/)
    const html = new TextDecoder().decode(file.bytes)
    expect(html).toContain(DemoAccount.lille.name)
    expect(html).toContain(nadiaDocument.title)
    expect(html).not.toContain(DemoAccount.lens.name)
  })

  it('closes another browser’s session when the password changes, and keeps this one', async () => {
    const { credential } = await fixture.api.signIn(DemoAccount.lens.email)
    const lensDocument = await createPage(fixture.api, credential, {
      spaceId: LENS_SPACE_ID,
      title: 'Relevé des permanences',
    })
    const here = await fixture.signIn(DemoAccount.lens.email)
    const elsewhere = await fixture.signIn(DemoAccount.lens.email)
    await openDocument(elsewhere.page, lensDocument.id)

    const screen = await openProfile(here.page)
    await screen.currentPassword.fill(DEMO_PASSWORD)
    await screen.newPassword.fill(NEW_PASSWORD)
    await screen.confirmPassword.fill(`${NEW_PASSWORD}-autre`)
    await screen.changePassword.click()
    await here.page
      .getByText('La confirmation ne correspond pas au nouveau mot de passe.')
      .first()
      .waitFor()

    await screen.confirmPassword.fill(NEW_PASSWORD)
    await screen.changePassword.click()
    await screen.status(/Vos sessions ouvertes sur d’autres navigateurs .* sont fermées/).waitFor()
    await saveScreenshot(here.page, 'profil-mot-de-passe-change')

    // The other browser's open document says its session is over, without a reload…
    await elsewhere.page
      .getByRole('status')
      .filter({ hasText: /^Votre session a expiré/ })
      .waitFor()
    // …and the next page it asks for is the connexion page; this browser stays signed in.
    await elsewhere.page.goto('/profil')
    await elsewhere.page.getByRole('heading', { level: 1, name: 'Connexion à Maillage' }).waitFor()
    await expect(sessionStatus(elsewhere.page)).resolves.toBe(401)
    await expect(sessionStatus(here.page)).resolves.toBe(200)
    const relogin = await fixture.api.login(DemoAccount.lens.email, NEW_PASSWORD)
    expect(relogin.status).toBe(200)
  })

  it('signs out everywhere after a confirmation, back to the connexion page', async () => {
    const lecteur = await fixture.signIn(DemoAccount.lecteur.email)
    const other = await fixture.signIn(DemoAccount.lecteur.email)
    const screen = await openProfile(lecteur.page)
    await screen.signOutEverywhere.click()
    await lecteur.page.getByRole('button', { name: 'Annuler' }).click()
    await expect(sessionStatus(lecteur.page)).resolves.toBe(200)

    await screen.signOutEverywhere.click()
    await lecteur.page.getByRole('button', { name: 'Oui, me déconnecter partout' }).click()
    await lecteur.page.getByRole('heading', { level: 1, name: 'Connexion à Maillage' }).waitFor()
    await expect(sessionStatus(lecteur.page)).resolves.toBe(401)
    await expect(sessionStatus(other.page)).resolves.toBe(401)
  })

  it('lets an admin sign a member out everywhere from the space’s members', async () => {
    const elodie = await fixture.signIn(ELODIE.email)
    const admin = await fixture.signIn(DemoAccount.admin.email)
    await admin.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await admin.page.getByRole('button', { name: 'Déconnecter partout Élodie Vasseur' }).click()
    await admin.page
      .getByRole('group', { name: 'Confirmer la déconnexion partout d’Élodie Vasseur' })
      .getByRole('button', { name: 'Oui, déconnecter partout' })
      .click()
    await admin.page
      .getByRole('status')
      .filter({ hasText: 'Toutes les sessions d’Élodie Vasseur sont fermées.' })
      .waitFor()
    await saveScreenshot(admin.page, 'espace-membre-deconnecte')
    await expect(sessionStatus(elodie.page)).resolves.toBe(401)
    await expect(sessionStatus(admin.page)).resolves.toBe(200)
  })

  it('deletes one’s account once SUPPRIMER and the password are given', async () => {
    const sophie = await fixture.signIn('copil@demo.maillage.fr')
    const screen = await openProfile(sophie.page)
    await screen.page.getByRole('button', { name: 'Supprimer mon compte…' }).click()
    const form = screen.page.getByRole('form', { name: 'Confirmer la suppression du compte' })
    const word = form.getByLabel('Pour confirmer, tapez SUPPRIMER en majuscules')
    await word.fill('supprimer')
    await form.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click()
    await form
      .getByText('Tapez SUPPRIMER en majuscules pour confirmer la suppression.')
      .first()
      .waitFor()

    await word.fill('SUPPRIMER')
    await form.getByLabel('Votre mot de passe').fill('pas-le-bon-mot-de-passe')
    await form.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click()
    await form.getByText('Saisissez votre mot de passe actuel pour confirmer.').first().waitFor()
    await expect(sessionStatus(sophie.page)).resolves.toBe(200)

    await form.getByLabel('Votre mot de passe').fill(DEMO_PASSWORD)
    await form.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click()
    await sophie.page.getByRole('heading', { level: 1, name: 'Compte supprimé' }).waitFor()
    await saveScreenshot(sophie.page, 'compte-supprime')
    await expect(sessionStatus(sophie.page)).resolves.toBe(401)
    const login = await fixture.api.login('copil@demo.maillage.fr', DEMO_PASSWORD)
    expect(login.status).not.toBe(200)
  })

  it('finds no serious or critical axe violation on the profile page', async () => {
    const screen = await openProfile(nadia.page)
    await screen.page.getByRole('button', { name: 'Supprimer mon compte…' }).click()
    await screen.page.getByLabel('Pour confirmer, tapez SUPPRIMER en majuscules').waitFor()
    await saveScreenshot(nadia.page, 'profil')
    await expectNoBlockingViolation(nadia.page)
  })
})

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

/** The titles of `contributions.documentsCrees` in a « Mes données » JSON file. */
function createdTitles(data: unknown): string[] {
  const created = (data as { contributions?: { documentsCrees?: { titre?: unknown }[] } })
    .contributions?.documentsCrees
  if (!Array.isArray(created)) throw new Error('the export has no contributions.documentsCrees')
  return created.map((line) => String(line.titre))
}

async function downloadedPath(download: Download): Promise<string> {
  const failure = await download.failure()
  if (failure !== null) throw new Error(`the download failed: ${failure}`)
  return download.path()
}

/** The status of `GET /api/session` from the page, with the browser's cookies. */
function sessionStatus(page: Page): Promise<number> {
  return page.evaluate(async () => (await fetch('/api/session')).status)
}
