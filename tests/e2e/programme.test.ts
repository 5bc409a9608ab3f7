import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

// The programme d'accompagnement in the browser: the regional team completes the proposed
// version, a member of the comité de pilotage validates it, a lecteur sees it read-only; the
// regional team links an atelier to a line (shown on the atelier page) and removes the link.

const COPIL_EMAIL = 'copil@demo.maillage.fr'
const NEW_LINE = 'Appui à l’ingénierie de parcours courts'
const NEET_LINE = 'Repérage des jeunes NEET'
const ATELIER = 'Mobiliser les dispositifs de droit commun'

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

function stepperOf(page: Page) {
  return page.getByRole('list', { name: 'Étapes de validation' })
}

function lineCard(page: Page, title: string) {
  return page.locator('li.ligne-programme', {
    has: page.getByRole('heading', { level: 5, name: title }),
  })
}

async function openProgramme(page: Page): Promise<void> {
  await page.goto('/gouvernance')
  await page
    .getByRole('navigation', { name: 'Sections de la gouvernance' })
    .getByRole('link', { name: 'Programme d’accompagnement' })
    .click()
  await page.getByRole('heading', { level: 1, name: 'Programme d’accompagnement' }).waitFor()
}

describe('the programme d’accompagnement in the browser', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let sophie: BrowserUser
  let thomas: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[camille, sophie, thomas] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(COPIL_EMAIL),
      fixture.signIn(DemoAccount.lecteur.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the regional team complete the proposed version, line by line', async () => {
    const { page } = camille
    await openProgramme(page)
    await stepperOf(page).locator('[aria-current="step"]').getByText('Proposé').waitFor()
    await page.getByRole('heading', { level: 4, name: 'France Travail' }).waitFor()
    await expectNoBlockingViolation(page)
    // The regional team does not validate its own programme.
    expect(await page.getByRole('button', { name: /Passer à/ }).count()).toBe(0)

    await page.getByRole('button', { name: 'Ajouter une ligne' }).click()
    await page.getByLabel('Partenaire', { exact: true }).fill('AFPA')
    await page
      .getByLabel('Type de contribution', { exact: true })
      .selectOption('appui-methodologique')
    await page.getByLabel('Intitulé').fill(NEW_LINE)
    await page.getByLabel('Nombre de CLPE visés (facultatif)').fill('8')
    await expectNoBlockingViolation(page)
    await page.getByRole('button', { name: 'Enregistrer la ligne' }).click()
    await page.getByRole('status').getByText('La ligne est enregistrée.').waitFor()
    await page.getByRole('heading', { level: 4, name: 'AFPA' }).waitFor()
    await page.getByRole('heading', { level: 5, name: NEW_LINE }).waitFor()
    await page.getByText('0 CLPE touché(s) sur 8 visés').waitFor()
  })

  it('lets a member of the comité de pilotage validate it, recorded in its history', async () => {
    const { page } = sophie
    await openProgramme(page)
    await page.getByRole('heading', { level: 5, name: NEW_LINE }).waitFor()
    // The suivi of a line carried out by the demo's past atelier: two CLPE reached.
    await page.getByText('2 CLPE touché(s) sur 15 visés').waitFor()
    await expectNoBlockingViolation(page)
    expect(await page.getByRole('button', { name: 'Ajouter une ligne' }).count()).toBe(0)
    await page.getByRole('button', { name: 'Passer à « Validé en COPIL »' }).click()
    await page
      .getByRole('status')
      .getByText('Le programme est passé à l’étape « Validé en COPIL ».')
      .waitFor()
    await stepperOf(page).locator('[aria-current="step"]').getByText('Validé en COPIL').waitFor()
    await page
      .getByRole('region', { name: 'Historique des étapes' })
      .getByText(/Validé en COPIL — Sophie Martin/)
      .waitFor()
    expect(await page.getByRole('button', { name: /Passer à/ }).count()).toBe(0)
    // The step is in the register, and the programme's « Décisions » show it.
    await page
      .getByRole('region', { name: 'Décisions' })
      .getByText(/validé en copil/)
      .first()
      .waitFor()
    await expectNoBlockingViolation(page)
  })

  it('shows a lecteur the validated programme read-only, without any action', async () => {
    const { page } = thomas
    await openProgramme(page)
    await stepperOf(page).locator('[aria-current="step"]').getByText('Validé en COPIL').waitFor()
    await page
      .getByText('Vous consultez le programme ; sa rédaction revient à l’équipe régionale.')
      .waitFor()
    await page.getByRole('heading', { level: 5, name: NEW_LINE }).waitFor()
    for (const name of [/Passer à/, /Renvoyer/, /Ajouter une ligne/, /Modifier/, /Supprimer/]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0)
    }
    expect(await page.getByRole('button', { name: 'Créer la version' }).count()).toBe(0)
    await expectNoBlockingViolation(page)
  })

  it('lets the regional team link an atelier to a line, shown on the atelier page', async () => {
    const { page } = camille
    await openProgramme(page)
    const card = lineCard(page, NEET_LINE)
    await card.getByText('Rien n’est encore rattaché à cette ligne.').waitFor()
    await card.getByRole('button', { name: `Lier une réalisation à « ${NEET_LINE} »` }).click()
    const form = card.getByRole('group', { name: `Lier une réalisation à « ${NEET_LINE} »` })
    // The form opens on its first field, for the keyboard.
    await form.getByLabel('Type de réalisation').and(page.locator(':focus')).waitFor()
    await form.getByLabel('Type de réalisation').selectOption('atelier')
    const item = form.getByLabel('Réalisation', { exact: true })
    const option = item.locator('option', { hasText: ATELIER })
    await option.waitFor({ state: 'attached' })
    await item.selectOption((await option.getAttribute('value')) ?? '')
    await expectNoBlockingViolation(page)
    await form.getByRole('button', { name: 'Lier', exact: true }).click()
    await page.getByRole('status').getByText(`« ${ATELIER} » est rattaché à la ligne.`).waitFor()
    await card.getByRole('button', { name: `Retirer le lien avec « ${ATELIER} »` }).waitFor()
    // Linking it twice is refused, and said so.
    await card.getByRole('button', { name: `Lier une réalisation à « ${NEET_LINE} »` }).click()
    await item.selectOption((await option.getAttribute('value')) ?? '')
    await form.getByRole('button', { name: 'Lier', exact: true }).click()
    await card
      .getByRole('alert')
      .getByText('Cet élément est déjà rattaché à cette ligne.')
      .waitFor()
    await form.getByRole('button', { name: 'Annuler' }).click()

    await card.getByRole('link', { name: ATELIER }).click()
    await page.getByRole('heading', { level: 1, name: ATELIER }).waitFor()
    await page
      .getByRole('complementary', { name: 'Ligne du programme' })
      .getByRole('link', { name: NEET_LINE })
      .waitFor()
  })

  it('shows a lecteur the links of a line without the buttons to change them', async () => {
    const { page } = thomas
    await openProgramme(page)
    const card = lineCard(page, NEET_LINE)
    await card.getByRole('link', { name: ATELIER }).waitFor()
    for (const name of [/Lier une réalisation/, /Retirer le lien/]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0)
    }
    await expectNoBlockingViolation(page)
  })

  it('lets the regional team remove the link, announced', async () => {
    const { page } = camille
    await openProgramme(page)
    const card = lineCard(page, NEET_LINE)
    await card.getByRole('button', { name: `Retirer le lien avec « ${ATELIER} »` }).click()
    await page.getByRole('status').getByText(`Le lien avec « ${ATELIER} » est retiré.`).waitFor()
    await card.getByText('Rien n’est encore rattaché à cette ligne.').waitFor()
  })
})
