import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

const TITLE = 'Covoiturage domicile-travail : bilan de l’expérimentation dans la métropole'
const URL_OF_ITEM = 'https://covoiturage.exemple.fr/bilan-experimentation'

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

/** The list item of the veille titled `title`. */
function itemOf(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Éléments de veille' })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name: title }),
    })
}

describe('the veille in the browser', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let camille: BrowserUser
  let julien: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[nadia, camille, julien] = await Promise.all([
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lens.email),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets a CLPE member propose an item, after the form told her what was missing', async () => {
    const { page } = nadia
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Veille' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Veille' }).waitFor()
    await page.getByRole('button', { name: 'Proposer un élément' }).click()
    const form = page.getByRole('form', { name: 'Proposer un élément de veille' })
    await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 4 erreurs' })
    await summary.waitFor()
    expect(await isFocused(page, summary)).toBe(true)

    await form.getByLabel('Titre').fill(TITLE)
    await form.getByLabel('Adresse de la page').fill(URL_OF_ITEM)
    await form.getByLabel('Source', { exact: true }).fill('Métropole européenne de Lille')
    await form.getByLabel('Date de publication').fill('2026-11-11')
    await form
      .getByLabel('Résumé')
      .fill('Six mois de covoiturage entre Roubaix et la zone de Lesquin.')
    await form.getByRole('checkbox', { name: 'Mobilité' }).check()
    await form.getByRole('checkbox', { name: 'Nord (59)' }).check()
    await form.getByRole('button', { name: 'Envoyer la proposition' }).click()

    await page
      .getByRole('status')
      .filter({ hasText: `Votre proposition « ${TITLE} » est enregistrée.` })
      .waitFor()
    // The form gone, the focus is back on the button that opened it.
    await waitFor(async () => {
      expect(await isFocused(page, page.getByRole('button', { name: 'Proposer un élément' }))).toBe(
        true,
      )
    })
    const item = itemOf(page, TITLE)
    await item.getByText('Proposé', { exact: true }).waitFor()
    expect(await item.getByRole('button', { name: 'Publier' }).count()).toBe(0)
    await item.getByRole('button', { name: 'Modifier' }).waitFor()
    await expectNoBlockingViolation(page)
  })

  it('keeps the proposal from the other CLPE until a curator publishes it and retains it for the lettre', async () => {
    await julien.page.goto('/veille')
    await julien.page.getByRole('heading', { level: 1, name: 'Veille' }).waitFor()
    await julien.page.getByRole('list', { name: 'Éléments de veille' }).waitFor()
    expect(await itemOf(julien.page, TITLE).count()).toBe(0)

    const { page } = camille
    await page.goto('/veille')
    await page.getByLabel('Statut').selectOption({ label: 'Proposé' })
    await page.waitForURL(/statut=propose/u)
    const item = itemOf(page, TITLE)
    await item.getByRole('button', { name: 'Publier' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `« ${TITLE} » : publié.` })
      .waitFor()
    await page.getByRole('button', { name: 'Effacer les filtres' }).click()
    await itemOf(page, TITLE).getByRole('button', { name: 'Retenir pour la lettre' }).click()
    await page.getByRole('status').filter({ hasText: 'publié, retenu pour la lettre' }).waitFor()
    await itemOf(page, TITLE).getByText('Retenu pour la lettre', { exact: true }).waitFor()
    await page.getByRole('heading', { name: 'Importer un flux RSS ou Atom' }).waitFor()
    await expectNoBlockingViolation(page)

    await julien.page.reload()
    await itemOf(julien.page, TITLE).waitFor()
  })

  it('filters by thématique and territoire, kept in the address', async () => {
    const { page } = julien
    await page.goto('/veille')
    await page.getByLabel('Thématique').selectOption({ label: 'Mobilité' })
    await page.waitForURL(/thematique=mobilite/u)
    await itemOf(page, TITLE).waitFor()
    await page.getByLabel('Territoire').selectOption({ label: 'CLPE Lens' })
    await page.waitForURL(/territoire=clpe-62005/u)
    // What concerns the CLPE de Lens, its département or the region: not an item about the Nord.
    await waitFor(async () => {
      expect(await itemOf(page, TITLE).count()).toBe(0)
    })
    await page.goto('/veille?territoire=59&thematique=mobilite')
    await itemOf(page, TITLE).waitFor()
    expect(await page.getByLabel('Territoire').inputValue()).toBe('59')
  })

  it('refuses a second proposal of the same page, with a link to the first', async () => {
    const { page } = julien
    await page.goto('/veille')
    await page.getByRole('button', { name: 'Proposer un élément' }).click()
    const form = page.getByRole('form', { name: 'Proposer un élément de veille' })
    await form.getByLabel('Titre').fill('Le même bilan, vu de Lens')
    await form.getByLabel('Adresse de la page').fill(`${URL_OF_ITEM}/?utm_source=lettre`)
    await form.getByLabel('Source', { exact: true }).fill('Presse locale')
    await form.getByLabel('Date de publication').fill('2026-11-12')
    await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'Cette page est déjà dans la veille' })
      .waitFor()
    await page.getByRole('link', { name: 'Voir l’élément déjà présent' }).click()
    await page.waitForURL(/element=/u)
    await itemOf(page, TITLE).waitFor()
  })
})
