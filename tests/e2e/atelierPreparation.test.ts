import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  openNewAtelierForm,
  publishAtelier,
  saveVisioLink,
  type AtelierDraft,
} from '../helpers/atelierPreparationScreen.ts'
import { atelierSessionScreen } from '../helpers/atelierSessionScreen.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus, documentScreen } from '../helpers/documentScreen.ts'
import { descriptionOf } from '../helpers/fieldDescription.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Accompagner les jeunes vers le permis de conduire'
const FORMAT = 'Atelier virtuel'
// A week ahead: starting its session early asks the facilitator first.
const ATELIER: AtelierDraft = {
  title: TITLE,
  inDays: 7,
  heure: '14:00',
  dureeMinutes: 60,
  format: FORMAT,
  theme: 'Dispositifs mobilisables',
  intervenants: 'Claire Martin (C2RP)',
  places: 12,
}
const VISIO = 'https://visio.exemple.fr/permis-de-conduire'

describe('an atelier before its session: the forms, the programme, the calendar', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let julien: BrowserUser
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[camille, julien] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lens.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('refuses to publish an atelier without a title, then publishes it', async () => {
    const page = camille.page
    await openNewAtelierForm(page)
    const title = page.getByLabel('Titre', { exact: true })
    await page.getByRole('button', { name: 'Publier l’atelier', exact: true }).click()
    await waitFor(async () => {
      expect(await title.getAttribute('aria-invalid')).toBe('true')
      expect(await descriptionOf(title)).toBe('Donnez un titre à l’atelier.')
    })
    expect(new URL(page.url()).pathname).toBe('/ateliers/nouveau')
    atelierId = await publishAtelier(page, ATELIER)
  })

  it('takes a visio link on the atelier’s page only, out of its shared document', async () => {
    const page = camille.page
    const visio = page.getByRole('region', { name: 'Lien de visioconférence', exact: true })
    await visio
      .getByText('Aucun lien de visioconférence pour l’instant.', { exact: true })
      .waitFor()
    const link = visio.getByRole('textbox', { name: 'Lien de visioconférence', exact: true })
    await link.fill('http://visio.exemple.fr/permis')
    await visio.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await waitFor(async () => {
      expect(await link.getAttribute('aria-invalid')).toBe('true')
      expect(await descriptionOf(link)).toContain('Saisissez une adresse commençant par https://')
    })
    await saveVisioLink(page, VISIO)
    await visio.getByRole('link', { name: new RegExp(`^${VISIO}`) }).waitFor()

    // The server keeps the link out of the document, which every reader of the space syncs.
    await page.getByRole('link', { name: 'Modifier l’atelier', exact: true }).click()
    await page.waitForURL(`**/documents/${atelierId}`)
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
    // The fields panel is loaded when shown: its absence is read once it is there.
    await page.getByRole('heading', { name: 'Informations pratiques', exact: true }).waitFor()
    expect(await page.getByText('Lien de visioconférence').count()).toBe(0)
  })

  it('shows the atelier’s document under the programme, its start time in a time field', async () => {
    const page = camille.page
    // The document of an atelier leads back to it, and names its kind once (not its section too).
    const breadcrumb = page.getByRole('navigation', { name: 'Fil d’Ariane' })
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([
      'Programme des ateliers',
      TITLE,
    ])
    await page.getByRole('heading', { name: 'Informations pratiques', exact: true }).waitFor()
    expect(await page.getByRole('heading', { name: 'Atelier', exact: true }).count()).toBe(1)
    const heure = page.getByLabel('Heure de début', { exact: true })
    expect(await heure.getAttribute('type')).toBe('time')
    expect(await heure.inputValue()).toBe('14:00')
  })

  it('filters the programme by format', async () => {
    const page = camille.page
    await page.goto('/ateliers')
    await page.getByRole('article', { name: TITLE }).waitFor()
    const filters = page.getByRole('search', { name: 'Filtrer le programme' })
    await filters.getByLabel('Format', { exact: true }).selectOption({ label: 'Webinaire' })
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ ateliers?$/ })
      .waitFor()
    expect(await page.getByRole('article', { name: TITLE }).count()).toBe(0)
    await filters.getByLabel('Format', { exact: true }).selectOption({ label: FORMAT })
    await page.getByRole('article', { name: TITLE }).waitFor()
  })

  it('asks before starting a session ahead of its day, and starts nothing on « Attendre »', async () => {
    await julien.page.goto(`/ateliers/${atelierId}/session`)
    await atelierSessionScreen(julien.page).synced.waitFor()
    const facilitator = camille.page
    await facilitator.goto(`/ateliers/${atelierId}`)
    await facilitator.getByRole('link', { name: 'Ouvrir la session', exact: true }).click()
    await atelierSessionScreen(facilitator).synced.waitFor()
    // Once ended, a session started by mistake would close the atelier a week early.
    await facilitator.getByRole('button', { name: 'Démarrer la session', exact: true }).click()
    const early = facilitator.getByRole('group', { name: 'Démarrer la session', exact: true })
    await early.getByText(/^Cet atelier est prévu le \S+ \d+(er)? \S+ \d{4}\./).waitFor()
    await early.getByRole('button', { name: 'Attendre', exact: true }).click()
    await facilitator.getByRole('button', { name: 'Démarrer la session', exact: true }).waitFor()
    for (const { page } of [camille, julien]) {
      await page.getByText('La session n’a pas commencé.', { exact: true }).waitFor()
    }
  })

  it('gives a member a calendar address an agenda reads without a session, until revoked', async () => {
    const { page } = julien
    await page.goto('/ateliers')
    const panel = page.getByRole('complementary', { name: 'S’abonner au calendrier' })
    await panel
      .getByText('Vous n’avez pas d’adresse d’abonnement active.', { exact: true })
      .waitFor()
    await panel.getByRole('button', { name: 'Créer mon adresse d’abonnement', exact: true }).click()
    const address = panel.getByLabel('Votre adresse d’abonnement', { exact: true })
    await address.waitFor()
    const url = await address.inputValue()
    // What Outlook or a phone does: no cookie, only the address.
    const feed = await fetch(url)
    expect(feed.status).toBe(200)
    const calendar = await feed.text()
    expect(calendar).toContain('BEGIN:VCALENDAR')
    expect(calendar.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${TITLE}`)

    await panel.getByRole('button', { name: 'Révoquer l’abonnement', exact: true }).click()
    await panel.getByText(/^Abonnement révoqué/).waitFor()
    expect(await address.count()).toBe(0)
    expect((await fetch(url)).status).toBe(404)
  })
})
