import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { openFicheAction } from '../helpers/ficheActionScreen.ts'
import { describeFocused, isFocused, tabUntilFocused } from '../helpers/keyboardFocus.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** Tab presses a keyboard user may need to reach a control of a long page. */
const MAX_TABS = 150

describe('where the focus goes after an action, with the keyboard alone', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let camille: BrowserUser
  let ficheId: string
  let atelierId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const fiche = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: 'Forum de l’alternance' } },
    )
    ficheId = fiche.body.document.id
    const admin = await fixture.api.signIn(DemoAccount.admin.email)
    const atelier = await fixture.api.request<{ id: string }>('POST', '/api/ateliers', {
      as: admin.credential,
      body: {
        title: 'Mobiliser les employeurs',
        date: dayIn(20),
        time: '10:00',
        durationMinutes: 60,
        format: 'webinaire',
        theme: 'outils',
        intervenants: 'C2RP',
        visioLink: 'https://visio.exemple.fr/employeurs',
        capacity: 0,
      },
    })
    if (atelier.status !== 201) throw new Error(`atelier not created: ${atelier.text}`)
    atelierId = atelier.body.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('after « Supprimer » an acteur, puts the focus on the next acteur’s « Supprimer », then on « Ajouter un acteur »', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    const { page, fields } = screen
    const add = fields.getByRole('button', { name: 'Ajouter un acteur', exact: true })
    for (const nom of ['Mission locale', 'Cap emploi']) {
      await tabUntilFocused(page, add, { maxPresses: MAX_TABS })
      await page.keyboard.press('Enter')
      await expectFocus(page, screen.field('Nom').last())
      await page.keyboard.type(nom)
    }
    const removeFirst = fields.getByRole('button', { name: 'Supprimer acteur 1', exact: true })
    await tabUntilFocused(page, removeFirst, { maxPresses: MAX_TABS, backwards: true })
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await screen.acteurs()).toEqual([{ nom: 'Cap emploi', role: '' }])
    })
    // « Cap emploi » is now acteur 1: its « Supprimer » has the focus.
    await expectFocus(page, removeFirst)
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await screen.acteurs()).toEqual([])
    })
    await expectFocus(page, add)
  })

  it('after « Descendre » an acteur, keeps the focus on that acteur, on « Monter » once it is last', async () => {
    const screen = await openFicheAction(nadia.page, ficheId)
    const { page, fields } = screen
    const add = fields.getByRole('button', { name: 'Ajouter un acteur', exact: true })
    for (const nom of ['Mission locale', 'Cap emploi']) {
      await tabUntilFocused(page, add, { maxPresses: MAX_TABS })
      await page.keyboard.press('Enter')
      await expectFocus(page, screen.field('Nom').last())
      await page.keyboard.type(nom)
    }
    const down = fields.getByRole('button', { name: 'Descendre acteur 1', exact: true })
    await tabUntilFocused(page, down, { maxPresses: MAX_TABS, backwards: true })
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect((await screen.acteurs()).map((acteur) => acteur.nom)).toEqual([
        'Cap emploi',
        'Mission locale',
      ])
    })
    await expectFocus(page, fields.getByRole('button', { name: 'Monter acteur 2', exact: true }))
  })

  it('after « S’inscrire » or a cancellation, puts the focus on the message saying the new state', async () => {
    const page = nadia.page
    await page.goto(`/ateliers/${atelierId}`)
    const register = page.getByRole('button', { name: 'S’inscrire', exact: true })
    await register.waitFor()
    await tabUntilFocused(page, register, { maxPresses: MAX_TABS })
    await page.keyboard.press('Enter')
    const registered = page
      .getByRole('status')
      .filter({ hasText: 'Vous êtes inscrit·e à cet atelier.' })
    await registered.waitFor()
    await expectFocus(page, registered)

    // Cancelling: the question takes the focus, then the message saying it is done.
    const cancel = page.getByRole('button', { name: 'Annuler mon inscription', exact: true })
    await tabUntilFocused(page, cancel, { maxPresses: MAX_TABS })
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('button', { name: 'Confirmer l’annulation', exact: true })
    await tabUntilFocused(page, confirm, { maxPresses: 3 })
    await page.keyboard.press('Enter')
    const cancelled = page.getByRole('status').filter({ hasText: 'Votre inscription est annulée.' })
    await cancelled.waitFor()
    await expectFocus(page, cancelled)
  })

  it('after a refused proposal, puts the focus on the error summary, whose links lead to the fields', async () => {
    const page = nadia.page
    await page.goto('/boite-a-outils/proposer')
    const submit = page.getByRole('button', { name: 'Envoyer la proposition', exact: true })
    await submit.waitFor()
    await tabUntilFocused(page, submit, { maxPresses: MAX_TABS })
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: /^Le formulaire contient \d+ erreurs?$/ }),
    })
    await summary.waitFor()
    await expectFocus(page, summary)
    expect(await summary.getByRole('link').count()).toBeGreaterThan(0)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    const title = page.getByLabel('Nom de l’outil proposé', { exact: true })
    await expectFocus(page, title)
    expect(await title.getAttribute('aria-invalid')).toBe('true')
  })

  it('after a new document without a title, puts the focus on the error summary', async () => {
    const page = nadia.page
    await page.goto(`/espaces/${LILLE_SPACE_ID}`)
    const title = page.getByLabel('Titre du nouveau document', { exact: true })
    await title.waitFor()
    await tabUntilFocused(page, title, { maxPresses: MAX_TABS })
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: 'Le formulaire contient 1 erreur', exact: true }),
    })
    await summary.waitFor()
    await expectFocus(page, summary)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expectFocus(page, title)
  })

  it('after a refused profile, puts the focus on the error summary, and after a saved one on its message', async () => {
    const page = nadia.page
    await page.goto('/profil')
    const name = page.getByLabel('Prénom et nom', { exact: true })
    await name.waitFor()
    await tabUntilFocused(page, name, { maxPresses: MAX_TABS })
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await page.keyboard.press('Enter')
    const summary = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: 'Le formulaire contient 1 erreur', exact: true }),
    })
    await summary.waitFor()
    await expectFocus(page, summary)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expectFocus(page, name)
    await page.keyboard.type(DemoAccount.lille.name)
    await page.keyboard.press('Enter')
    const saved = page.getByRole('status').filter({ hasText: 'Votre profil est enregistré.' })
    await saved.waitFor()
    await expectFocus(page, saved)
  })

  it('after « Annuler l’invitation », puts the focus on the next pending one, then on the address field', async () => {
    const page = camille.page
    await page.goto(`/espaces/${LILLE_SPACE_ID}`)
    const address = page.getByLabel('Adresse électronique de la personne (facultatif)', {
      exact: true,
    })
    const link = page.getByLabel('Lien d’invitation', { exact: true })
    for (const email of ['premiere@exemple.fr', 'seconde@exemple.fr']) {
      await tabUntilFocused(page, address, { maxPresses: MAX_TABS })
      await page.keyboard.type(email)
      await page.keyboard.press('Enter')
      await expectFocus(page, link)
      expect(await link.inputValue()).toContain('/invitation/')
    }
    const revokes = page.getByRole('button', { name: 'Annuler l’invitation', exact: true })
    await waitFor(async () => {
      expect(await revokes.count()).toBe(2)
    })
    await tabUntilFocused(page, revokes.first(), { maxPresses: MAX_TABS })
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await revokes.count()).toBe(1)
    })
    await expectFocus(page, revokes.first())
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await revokes.count()).toBe(0)
    })
    await expectFocus(page, address)
  })

  it('keeps the focus on a member’s role while it is saved, and after « Retirer » moves it to the neighbour’s', async () => {
    const page = camille.page
    await page.goto(`/espaces/${LILLE_SPACE_ID}`)
    const members = page.getByRole('region', { name: 'Membres', exact: true })
    const removes = members.getByRole('button', { name: /^Retirer / })
    await removes.last().waitFor()
    const names: string[] = []
    for (const button of await removes.all())
      names.push((await button.getAttribute('aria-label')) ?? '')
    const lastName = (names.at(-1) ?? '').replace(/^Retirer /, '')
    const role = members.getByRole('combobox', { name: new RegExp(`${lastName}$`) })
    await tabUntilFocused(page, role, { maxPresses: MAX_TABS })
    const saved = page.waitForResponse(
      (response) => response.request().method() !== 'GET' && response.url().includes('/members'),
    )
    await page.keyboard.press('ArrowUp')
    expect((await saved).ok()).toBe(true)
    await expectFocus(page, role)

    page.once('dialog', (dialog) => void dialog.accept())
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await waitFor(async () => {
      expect(await removes.count()).toBe(names.length - 1)
    })
    await expectFocus(page, members.getByRole('button', { name: names.at(-2), exact: true }))
  })
})

async function expectFocus(page: Page, target: Locator): Promise<void> {
  await waitFor(async () => {
    expect(await isFocused(page, target), `focus at ${await describeFocused(page)}`).toBe(true)
  })
}

/** The date `days` from today, as a date field gives it (YYYY-MM-DD). */
function dayIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
}
