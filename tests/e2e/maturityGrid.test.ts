import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MATURITY_GRID, MATURITY_LEVEL_LABELS, type MaturityLevel } from '@maillage/schema'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { SyncStatus } from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, changeableControls, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const DAY_MS = 24 * 60 * 60 * 1000
const CAMPAIGN = 'Auto-évaluation printemps 2027'
const QUESTIONS = MATURITY_GRID.flatMap((theme) => theme.questions)
// Nadia fills the first two themes, Élodie the last two, at the same time.
const HALF = MATURITY_GRID.slice(0, 2).flatMap((theme) => theme.questions).length
const SUBMITTED_BY_NADIA = /^Soumise le .+ par Nadia Benali\.$/
const SUBMITTED_BY_ELODIE = /^Soumise le .+ par Élodie Vasseur\.$/
const CHANGED_SINCE =
  /^Modifiée depuis la soumission du .+ : soumettez à nouveau pour mettre à jour le profil\.$/

/** The level each question gets: 1 to 4 in turn, so that every theme has a mean of its own. */
function levelOf(index: number): MaturityLevel {
  return ((index % 4) + 1) as MaturityLevel
}

function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10)
}

/** One question of the grid, found as a screen reader names it: « 3. <label> ». */
function questionGroup(page: Page, index: number): Locator {
  const question = QUESTIONS[index]
  if (question === undefined) throw new Error(`no question ${index}`)
  return page.getByRole('group', { name: `${index + 1}. ${question.label}`, exact: true })
}

function levelRadio(page: Page, index: number, level: MaturityLevel): Locator {
  return questionGroup(page, index).getByRole('radio', {
    name: `Niveau ${level} — ${MATURITY_LEVEL_LABELS[level]}`,
    exact: true,
  })
}

/** Chooses a level and writes a justification for each question from `from` to `to` (excluded). */
async function fillQuestions(page: Page, from: number, to: number): Promise<void> {
  for (let index = from; index < to; index += 1) {
    await levelRadio(page, index, levelOf(index)).check()
    await questionGroup(page, index)
      .getByRole('textbox', { name: 'Justification', exact: true })
      .fill(`Constat ${index + 1} : voir le compte rendu du CLPE.`)
  }
}

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, describeViolations(blocking)).toEqual([])
}

describe('the démarche de progression: a grid filled together live, then submitted', () => {
  let fixture: WebFixture
  let admin: BrowserUser
  let nadia: BrowserUser
  let elodie: BrowserUser
  let campaignId: string
  let gridPath: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;[admin, nadia, elodie] = await Promise.all([
      fixture.signIn(DemoAccount.admin.email),
      fixture.signIn(DemoAccount.lille.email),
      fixture.signIn('lille2@demo.maillage.fr'),
    ])
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets the regional team open a campaign through its form, errors shown first', async () => {
    const page = admin.page
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor()
    await page.getByRole('link', { name: 'Démarche de progression', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Démarche de progression' }).waitFor()
    await page.getByRole('button', { name: 'Créer la campagne', exact: true }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 3 erreurs' })
    await summary.waitFor()
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Indiquez le titre de la campagne.',
      'Indiquez la date d’ouverture.',
      'Indiquez la date de clôture.',
    ])

    await page.getByLabel('Titre de la campagne', { exact: true }).fill(CAMPAIGN)
    await page.getByLabel('Date d’ouverture', { exact: true }).fill(day(0))
    await page.getByLabel('Date de clôture', { exact: true }).fill(day(30))
    await page.getByRole('button', { name: 'Créer la campagne', exact: true }).click()
    await page.getByText(`La campagne « ${CAMPAIGN} » est créée.`, { exact: true }).waitFor()
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${CAMPAIGN}`) }),
    })
    await card.getByText('Ouverte', { exact: true }).waitFor()
    await card.getByText(/^du .+ · 0 CLPE sur \d+ a soumis son auto-évaluation$/).waitFor()

    const listed = await fixture.api.request<{ campaigns: { id: string; title: string }[] }>(
      'GET',
      '/api/demarche-de-progression',
      { as: (await fixture.api.signIn(DemoAccount.admin.email)).credential },
    )
    const created = listed.body.campaigns.find((campaign) => campaign.title === CAMPAIGN)
    if (created === undefined) throw new Error('the campaign made through the form is not listed')
    campaignId = created.id
    gridPath = `/espaces/${LILLE_SPACE_ID}/demarche-de-progression/${campaignId}`
    await expectNoBlockingViolation(page)
    await saveScreenshot(page, 'demarche-campagnes-equipe-regionale')
  })

  it('opens the same grid for two members of Lille at once, each present for the other', async () => {
    await Promise.all([nadia.page.goto(gridPath), elodie.page.goto(gridPath)])
    for (const page of [nadia.page, elodie.page]) {
      await statusSaying(page, SyncStatus.Synced).waitFor()
    }
    const presence = (page: Page) => page.getByRole('list', { name: 'Personnes présentes' })
    await presence(nadia.page).getByText('Élodie', { exact: false }).waitFor()
    await presence(elodie.page).getByText('Nadia Benali', { exact: false }).waitFor()
  })

  it('refuses an incomplete grid and lists the questions to complete', async () => {
    await nadia.page.getByRole('button', { name: 'Soumettre l’auto-évaluation' }).click()
    const refusal = nadia.page.getByRole('alert').filter({ hasText: 'Complétez' })
    await refusal.waitFor()
    const first = QUESTIONS[0]
    const last = QUESTIONS[QUESTIONS.length - 1]
    if (first === undefined || last === undefined) throw new Error('the grid has no question')
    await refusal.getByRole('link', { name: `1. ${first.label}`, exact: true }).waitFor()
    await refusal
      .getByRole('link', { name: `${QUESTIONS.length}. ${last.label}`, exact: true })
      .waitFor()
  })

  it('shows each one the other’s levels live while both fill it at full speed', async () => {
    await Promise.all([
      fillQuestions(nadia.page, 0, HALF),
      fillQuestions(elodie.page, HALF, QUESTIONS.length),
    ])
    for (const [page, from, to] of [
      [nadia.page, HALF, QUESTIONS.length],
      [elodie.page, 0, HALF],
    ] as const) {
      for (let index = from; index < to; index += 1) {
        await waitFor(async () => {
          expect(await levelRadio(page, index, levelOf(index)).isChecked()).toBe(true)
        })
      }
    }
    // The live profile, computed from everyone's choices, is complete on both screens.
    for (const page of [nadia.page, elodie.page]) {
      const live = page.getByRole('table', { name: 'Profil en cours (calculé en direct)' })
      for (const theme of MATURITY_GRID) {
        await live
          .getByRole('row', { name: new RegExp(`^${theme.label}`) })
          .getByText(`${theme.questions.length} sur ${theme.questions.length}`, { exact: true })
          .waitFor()
      }
    }
    await saveScreenshot(elodie.page, 'demarche-grille-remplie-ensemble')
    await expectNoBlockingViolation(nadia.page)
  })

  it('links a document of the CLPE as a preuve, which the other sees at once', async () => {
    await questionGroup(nadia.page, 0)
      .getByRole('button', { name: 'Ajouter une preuve', exact: true })
      .click()
    const linked = questionGroup(nadia.page, 0).getByRole('combobox', { name: 'Document' })
    await linked.selectOption({ index: 1 })
    const documentId = await linked.inputValue()
    expect(documentId).not.toBe('')
    await waitFor(async () => {
      const seen = questionGroup(elodie.page, 0).getByRole('combobox', { name: 'Document' })
      expect(await seen.inputValue()).toBe(documentId)
    })
  })

  it('submits it: both see who submitted it and the profile per theme', async () => {
    await nadia.page.getByRole('button', { name: 'Soumettre l’auto-évaluation' }).click()
    for (const page of [nadia.page, elodie.page]) {
      await page.getByRole('status').filter({ hasText: SUBMITTED_BY_NADIA }).waitFor()
      await page.getByRole('table', { name: `Profil par thème — ${CAMPAIGN}` }).waitFor()
    }
    await saveScreenshot(elodie.page, 'demarche-grille-soumise')
  })

  it('follows each submission live: a change says the grid differs, a resubmission reaches the other', async () => {
    const theme = MATURITY_GRID[0]
    if (theme === undefined) throw new Error('the grid has no theme')
    // Élodie lowers the second question (of the first theme) from 2 to 1.
    const changed = 1
    await levelRadio(elodie.page, changed, 1).check()
    for (const page of [nadia.page, elodie.page]) {
      await page.getByRole('status').filter({ hasText: CHANGED_SINCE }).waitFor()
    }
    await elodie.page.getByRole('button', { name: 'Soumettre à nouveau', exact: true }).click()

    // Nadia, who keeps the page open, sees who submitted it last and the profile it froze.
    await nadia.page.getByRole('status').filter({ hasText: SUBMITTED_BY_ELODIE }).waitFor()
    const levels = theme.questions.map((_, index) => (index === changed ? 1 : levelOf(index)))
    const average = levels.reduce((sum, level) => sum + level, 0) / levels.length
    const expected = average.toLocaleString('fr-FR', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })
    const row = nadia.page
      .getByRole('table', { name: `Profil par thème — ${CAMPAIGN}` })
      .getByRole('row', { name: new RegExp(`^${theme.label}`) })
    await waitFor(async () => {
      expect(await row.getByRole('cell').first().textContent()).toBe(expected)
    })
    for (const page of [nadia.page, elodie.page]) {
      await waitFor(async () => {
        expect(await page.getByText(CHANGED_SINCE).count()).toBe(0)
      })
    }
  })

  it('shows the CLPE its profile and progression, each chart with its table', async () => {
    const page = nadia.page
    await page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await page.getByRole('link', { name: /^Démarche de progression/ }).click()
    await page.getByRole('heading', { level: 1, name: /^Démarche de progression — / }).waitFor()
    const profile = page.getByRole('table', { name: `Profil par thème — ${CAMPAIGN}` })
    const firstTheme = MATURITY_GRID[0]
    if (firstTheme === undefined) throw new Error('the grid has no theme')
    await profile.getByRole('row', { name: new RegExp(`^${firstTheme.label}`) }).waitFor()
    const progression = page.getByRole('table', {
      name: 'Moyenne par thème de chaque auto-évaluation soumise (de 1 à 4)',
    })
    await progression.getByRole('rowheader', { name: CAMPAIGN, exact: true }).waitFor()
    // The bars repeat the tables for the eye only.
    expect(await page.locator('.barres-themes[aria-hidden="true"]').count()).toBeGreaterThan(0)
    await page.getByRole('link', { name: `Remplir la grille « ${CAMPAIGN} »` }).waitFor()
    await expectNoBlockingViolation(page)
    await saveScreenshot(page, 'demarche-espace-profil-progression')

    // Members find their CLPE's grid from the list of campaigns too.
    await page.getByRole('link', { name: 'Toutes les campagnes', exact: true }).click()
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${CAMPAIGN}`) }),
    })
    await card.getByRole('link', { name: 'Remplir la grille de CLPE Lille Métropole' }).click()
    await page.getByRole('heading', { level: 1, name: `Grille « ${CAMPAIGN} »` }).waitFor()
    expect(await page.getByRole('button', { name: 'Créer la campagne' }).count()).toBe(0)
  })

  it('shows a lecteur of Lille the grid read-only, with nothing to change or submit', async () => {
    const thomas = await fixture.signIn(DemoAccount.lecteur.email)
    await thomas.page.goto(gridPath)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    await waitFor(async () => {
      expect(await levelRadio(thomas.page, 0, levelOf(0)).isChecked()).toBe(true)
    })
    expect(await changeableControls(thomas.page)).toEqual([])
    expect(
      await thomas.page.getByRole('button', { name: /^Soumettre/ }).count(),
      'a lecteur is offered no submission',
    ).toBe(0)
    await thomas.page.getByText(/Vous consultez cette grille en lecture seule/).waitFor()
    await expectNoBlockingViolation(thomas.page)
    await saveScreenshot(thomas.page, 'demarche-grille-lecteur')
  })

  it('lets the regional team close the campaign: the grid is then read-only for its members', async () => {
    const page = admin.page
    await page.goto('/demarche-de-progression')
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 3, name: new RegExp(`^${CAMPAIGN}`) }),
    })
    await card.getByText(/· 1 CLPE sur 26 a soumis son auto-évaluation$/).waitFor()
    await card.locator('summary').click()
    await card.getByRole('row', { name: /^CLPE Lille Métropole Soumise/ }).waitFor()
    await card.getByRole('button', { name: `Clôturer la campagne « ${CAMPAIGN} »` }).click()
    await card.getByRole('button', { name: 'Confirmer la clôture', exact: true }).click()
    await card.getByText('Close', { exact: true }).waitFor()
    expect(await card.getByRole('button').count()).toBe(0)
    await saveScreenshot(page, 'demarche-campagne-close')

    await nadia.page.goto(gridPath)
    await nadia.page.getByText(/La campagne est close/).waitFor()
    await statusSaying(nadia.page, READ_ONLY_SYNCED).waitFor()
    expect(await changeableControls(nadia.page)).toEqual([])
    expect(await nadia.page.getByRole('button', { name: /^Soumettre/ }).count()).toBe(0)
  })
})
