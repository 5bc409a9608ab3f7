import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import {
  blockingViolations,
  auditAccessibility,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import {
  ficheActionScreen,
  openFicheAction,
  type FicheActionScreen,
} from '../helpers/ficheActionScreen.ts'
import { SyncStatus, documentScreen } from '../helpers/documentScreen.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { createDocumentThroughForm } from '../helpers/newDocumentForm.ts'
import {
  addMeasurement,
  chartTableRows,
  indicatorCard,
  latestMeasure,
  measurementButton,
  normalizeSpaces,
  openLillePilotage,
} from '../helpers/pilotageScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { ARTIFACTS_DIR, saveScreenshot } from '../helpers/saveScreenshot.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const TITLE = 'Job dating des métiers du soin à Roubaix'
const LABEL = 'Personnes recrutées à l’issue du job dating'
const UNIT = 'personnes'
const TARGET = '35'
const DAY_MS = 86_400_000
/** A month ago (the fiche's measurement), and today (the dashboard's, the form's default). */
const EARLIER = new Date(Date.now() - 30 * DAY_MS).toISOString().slice(0, 10)
const SECOND_MEMBER = 'lille2@demo.maillage.fr'
/** The list editor's own button under an indicator, which adds an empty row to its measurements. */
const ADD_ROW = 'Ajouter une ligne au tableau des mesures'

/** `YYYY-MM-DD` as the tables write it: « 07/11/2026 ». */
function shortDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-')
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`
}

/** Today in Paris, as the form's default date. */
function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
}

/** Adds a résultat indicator with its unit, baseline and dated target in the fiche's editor. */
async function addIndicator(screen: FicheActionScreen): Promise<Locator> {
  const list = screen.fields.getByRole('group', {
    name: 'Indicateurs de suivi et de résultat',
    exact: true,
  })
  await list.getByRole('button', { name: 'Ajouter un indicateur', exact: true }).click()
  const item = list.getByRole('group', { name: 'Indicateur 1', exact: true })
  await item.waitFor()
  await item.getByLabel('Niveau', { exact: true }).selectOption({ label: 'Résultat' })
  await item.getByLabel('Libellé', { exact: true }).fill(LABEL)
  await item.getByLabel('Unité', { exact: true }).fill(UNIT)
  await item.getByLabel('Valeur de référence', { exact: true }).fill('0')
  await item.getByLabel('Cible', { exact: true }).fill(TARGET)
  await item.getByLabel('Date de la cible', { exact: true }).fill('2027-06-30')
  return item
}

/**
 * Links the fiche titled `title` into the feuille de route the dashboard follows, as a member
 * would (the demo CLPE of Lille has one): its actions are those of the feuille de route.
 */
async function linkIntoFeuilleDeRoute(page: Page, title: string): Promise<void> {
  await openLillePilotage(page)
  await page
    .locator('.entete-page p', { hasText: 'Feuille de route suivie' })
    .getByRole('link')
    .click()
  await documentScreen(page).status(SyncStatus.Synced).waitFor()
  const list = page.getByRole('group', { name: 'Fiches action', exact: true })
  const count = await list.getByRole('listitem').count()
  await list.getByRole('button', { name: 'Ajouter une fiche action', exact: true }).click()
  const item = list.getByRole('group', { name: `Fiche action ${count + 1}`, exact: true })
  await item.getByLabel('Fiche action', { exact: true }).selectOption({ label: title })
}

describe('the « Pilotage » page of a CLPE', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let elodie: BrowserUser
  let thomas: BrowserUser
  let documentId: string
  let indicator: Locator

  beforeAll(async () => {
    fixture = await startWebFixture()
    nadia = await fixture.signIn(DemoAccount.lille.email)
    elodie = await fixture.signIn(SECOND_MEMBER)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    documentId = await createDocumentThroughForm(nadia.page, {
      spaceId: LILLE_SPACE_ID,
      kindLabel: 'Fiche action',
      title: TITLE,
    })
    await linkIntoFeuilleDeRoute(nadia.page, TITLE)
    indicator = await addIndicator(await openFicheAction(nadia.page, documentId))
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('writes a measurement entered in the fiche into its indicator, with who entered it', async () => {
    const said = await addMeasurement(indicator, LABEL, {
      date: EARLIER,
      value: '12',
      comment: 'Relevé de la Mission locale',
    })
    expect(normalizeSpaces(said)).toBe(
      `Mesure enregistrée pour « ${LABEL} » : 12 personnes au ${shortDate(EARLIER)}.`,
    )
    // The server wrote it into the co-edited list: the fiche's own table and list show it.
    const table = indicator.getByRole('table', { name: `Mesures de « ${LABEL} » et cible` })
    await table.getByRole('cell', { name: '12 personnes', exact: true }).waitFor()
    const mesure = indicator.getByRole('group', { name: 'Mesure 1', exact: true })
    await expect
      .poll(() => mesure.getByLabel('Saisie par', { exact: true }).inputValue())
      .toBe(DemoAccount.lille.name)
    await expect
      .poll(() => mesure.getByLabel('Commentaire', { exact: true }).inputValue())
      .toBe('Relevé de la Mission locale')
    await saveScreenshot(nadia.page, 'pilotage-fiche-mesure')
    await indicator.screenshot({ path: `${ARTIFACTS_DIR}pilotage-fiche-indicateur.png` })
  })

  it('tells the form from the list’s own button, and stamps a row added by hand with who and when', async () => {
    // One button opens the form « Nouvelle mesure »; the list of measurements adds a bare row.
    await measurementButton(indicator, LABEL).waitFor()
    expect(await indicator.getByRole('button', { name: /Ajouter une mesure/ }).count()).toBe(0)
    const list = indicator.getByRole('group', { name: 'Mesures', exact: true })
    await list.getByRole('button', { name: ADD_ROW, exact: true }).click()
    const row = list.getByRole('group', { name: 'Mesure 2', exact: true })
    await expect
      .poll(() => row.getByLabel('Saisie par', { exact: true }).inputValue())
      .toBe(DemoAccount.lille.name)
    expect(await row.getByLabel('Saisie le', { exact: true }).inputValue()).toBe(todayInParis())
    await saveScreenshot(nadia.page, 'pilotage-fiche-ligne-mesure')
    // The bare row leaves, so that the charts below hold only the measurements entered.
    await list.getByRole('button', { name: 'Supprimer mesure 2', exact: true }).click()
    await row.waitFor({ state: 'detached' })
  })

  it('shows that measurement on the dashboard, linked to its fiche', async () => {
    await openLillePilotage(nadia.page)
    const card = indicatorCard(nadia.page, LABEL)
    await expect.poll(() => latestMeasure(card).innerText()).toMatch(/^12\s+personnes au /)
    const link = card.getByRole('link', { name: TITLE, exact: true })
    expect(await link.getAttribute('href')).toBe(`/documents/${documentId}`)
    const action = nadia.page.getByRole('row').filter({
      has: nadia.page.getByRole('link', { name: TITLE, exact: true }),
    })
    await action.waitFor()
  })

  it("checks a measurement inline, and shows the server's refusal under its field", async () => {
    const card = indicatorCard(nadia.page, LABEL)
    await measurementButton(card, LABEL).click()
    const form = card.getByRole('form', { name: `Nouvelle mesure de « ${LABEL} »` })
    await form.getByRole('button', { name: 'Enregistrer la mesure', exact: true }).click()
    const value = form.getByLabel(/^Valeur mesurée/)
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true')
    await form.getByText('Indiquez la valeur mesurée.', { exact: true }).waitFor()
    await expect.poll(() => isFocused(nadia.page, value)).toBe(true)
    await card.screenshot({ path: `${ARTIFACTS_DIR}pilotage-formulaire-mesure.png` })
    expect(await form.getByLabel('Date de la mesure', { exact: true }).inputValue()).toBe(
      todayInParis(),
    )
    const violations = await auditAccessibility(nadia.page)
    expect(blockingViolations(violations), describeViolations(violations)).toEqual([])

    // What only the server checks is shown under its field, in its words.
    await value.fill('4')
    await form.getByLabel('Date de la mesure', { exact: true }).fill('1999-12-31')
    await form.getByRole('button', { name: 'Enregistrer la mesure', exact: true }).click()
    await form.getByText('La date de la mesure ne peut pas être antérieure à l’an 2000.').waitFor()
    await form.getByRole('button', { name: 'Annuler', exact: true }).click()
    await expect.poll(() => latestMeasure(card).innerText()).toMatch(/^12\s+personnes/)
  })

  it('filters the actions by thématique, in the address', async () => {
    const row = nadia.page.getByRole('row').filter({
      has: nadia.page.getByRole('link', { name: TITLE, exact: true }),
    })
    await row.waitFor()
    await nadia.page.getByLabel('Thématique', { exact: true }).selectOption({ label: 'Logement' })
    await nadia.page.waitForURL(/\?thematique=logement$/)
    await row.waitFor({ state: 'detached' })
    await nadia.page.reload()
    await nadia.page.getByRole('heading', { level: 1, name: /^Pilotage — / }).waitFor()
    expect(await nadia.page.getByLabel('Thématique', { exact: true }).inputValue()).toBe('logement')
    await nadia.page.getByLabel('Thématique', { exact: true }).selectOption({ value: '' })
    await row.waitFor()
  })

  it('shows a measurement added on the dashboard to another member, without a reload', async () => {
    await openLillePilotage(elodie.page)
    const seenByElodie = indicatorCard(elodie.page, LABEL)
    await expect.poll(() => latestMeasure(seenByElodie).innerText()).toMatch(/^12\s+personnes/)
    // A mark on the page's window: a reload would lose it.
    await elodie.page.evaluate('globalThis.sansRechargement = true')

    await addMeasurement(indicatorCard(nadia.page, LABEL), LABEL, { value: '23' })

    await expect
      .poll(() => latestMeasure(seenByElodie).innerText(), { timeout: 15_000 })
      .toMatch(/^23\s+personnes au /)
    expect(await elodie.page.evaluate('globalThis.sansRechargement')).toBe(true)
    await seenByElodie.getByText('En hausse', { exact: true }).waitFor()
  })

  it('reads every chart as a table holding the same numbers', async () => {
    const card = indicatorCard(elodie.page, LABEL)
    await card.locator('.graphique canvas').waitFor()
    expect(await chartTableRows(card)).toEqual([
      [shortDate(EARLIER), '12 personnes', '35 personnes'],
      [shortDate(todayInParis()), '23 personnes', '35 personnes'],
    ])
    const progress = card.getByRole('progressbar')
    expect(await progress.getAttribute('value')).toBe('66')
    await card.getByText('66 % du chemin entre la référence et la cible').waitFor()
    await saveScreenshot(elodie.page, 'pilotage-tableau-de-bord')
    await card.screenshot({ path: `${ARTIFACTS_DIR}pilotage-carte-indicateur.png` })
    await elodie.page.screenshot({ path: `${ARTIFACTS_DIR}pilotage-haut-de-page.png` })
  })

  it('shows no measurement form to a lecteur, on the dashboard nor in the fiche', async () => {
    await openLillePilotage(thomas.page)
    const card = indicatorCard(thomas.page, LABEL)
    await expect.poll(() => latestMeasure(card).innerText()).toMatch(/^23\s+personnes/)
    expect(await measurementButton(card, LABEL).count()).toBe(0)
    const violations = await auditAccessibility(thomas.page)
    expect(blockingViolations(violations), describeViolations(violations)).toEqual([])

    await thomas.page.goto(`/documents/${documentId}`)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    const fiche = ficheActionScreen(thomas.page)
    await fiche.fields.getByRole('table', { name: `Mesures de « ${LABEL} » et cible` }).waitFor()
    expect(await measurementButton(fiche.fields, LABEL).count()).toBe(0)
    expect(await fiche.fields.getByRole('button', { name: ADD_ROW }).count()).toBe(0)
  })

  it('shows another CLPE only what Lille shared, without a form', async () => {
    const julien = await fixture.signIn(DemoAccount.lens.email)
    await openLillePilotage(julien.page)
    await julien.page
      .getByText('Vous n’êtes pas membre de ce CLPE : seules les fiches action qu’il partage', {
        exact: false,
      })
      .waitFor()
    // Lille has a feuille de route, which it did not share: the page does not say it has none.
    expect(
      await julien.page.getByText('pas encore de feuille de route', { exact: false }).count(),
    ).toBe(0)
    expect(await julien.page.getByRole('link', { name: TITLE, exact: true }).count()).toBe(0)
    expect(
      await julien.page.getByRole('button', { name: /^Saisir une nouvelle mesure/ }).count(),
    ).toBe(0)
  })
})
